import ArgumentParser
import Foundation
import GoToAssistAPI
import Logging

/// `g2a-dash login`: gets tokens and saves them for a profile.
///
/// Three ways in, because helpdesks differ: email and password (the password grant), a
/// personal access token exchanged at the token endpoint, or an access token pasted in from
/// elsewhere (no refresh then). Secrets are asked for with echo off, never taken from argv,
/// and checked with one API request before they are saved.
struct LoginCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login",
        abstract: "Sign in and save the tokens for a profile (credentials.toml, mode 0600).",
        discussion: """
            Asks for the method unless --method is given, then for the secret with echo off. \
            The password and personal access token grants need an OAuth client: G2A_CLIENT_ID \
            and G2A_CLIENT_SECRET in the environment, or client_id and client_secret in the \
            config. Secrets are never accepted as options. Without a terminal, answers are \
            read from stdin, one per line.
            """)

    enum Method: String, ExpressibleByArgument, CaseIterable {
        case password, pat, token

        var label: String {
            switch self {
            case .password: "email and password"
            case .pat: "personal access token"
            case .token: "paste an access token"
            }
        }
    }

    @OptionGroup var connection: ConnectionOptions

    @Option(help: ArgumentHelp("password, pat or token; asked when not given.", valueName: "method"))
    var method: Method?

    @Option(help: ArgumentHelp("Your GoToAssist email, for the password method; asked when not given.", valueName: "email"))
    var username: String?

    mutating func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let config = try connection.loadConfig(environment: environment)
        let baseURL = try connection.resolvedBaseURL(environment: environment, config: config)
        let method = try self.method ?? Self.askMethod()
        let store = CredentialsStore(environment: environment)
        let transport = AsyncHTTPClientTransport(proxy: try ProxySettings.from(environment: environment))
        do {
            let logger = connection.makeLogger()
            let tokens = try await Self.obtain(
                method, username: username, oauth: OAuthSettings.resolve(environment: environment, config: config, baseURL: baseURL),
                transport: transport, logger: logger)
            // One request, so a typo is found now and not in the middle of the next shift.
            let style = connection.authStyle ?? config.authStyle.flatMap(AuthStyle.init(rawValue:)) ?? .bearer
            let client = try GoToAssistClient(configuration: .init(baseURL: baseURL, authStyle: style),
                                              tokens: StaticTokenProvider(token: tokens.accessToken),
                                              transport: transport, logger: logger)
            do {
                _ = try await client.companies(CompanyQuery(limit: 1))
            } catch let error as APIError where error.isAuthenticationFailure {
                let reason: String
                switch error {
                case .invalidToken(let message), .notEntitled(let message): reason = message
                default: reason = "HTTP \(error.status ?? 401)"
                }
                throw CLIError.auth("login failed: the API refused the token (\(reason)); nothing was saved")
            }
            try store.save(tokens, profile: connection.profile)
            await transport.shutdown()
            let who = tokens.email.map { " as \($0)" } ?? ""
            let profile = connection.profile ?? CredentialsStore.defaultProfile
            let expiry = tokens.expiresAt.map { "; the access token expires \(APITimestamp.format($0))" + (tokens.refreshToken != nil ? " and is refreshed automatically" : "") } ?? ""
            print("logged in\(who) (profile \(profile)); tokens saved to \(store.path)\(expiry)")
        } catch {
            await transport.shutdown()
            throw error
        }
    }

    /// Asks which method to use.
    static func askMethod() throws -> Method {
        let menu = Method.allCases.enumerated().map { "  \($0.offset + 1)) \($0.element.label)" }.joined(separator: "\n")
        guard let answer = Prompt.line("How do you sign in?\n\(menu)\nChoose 1-\(Method.allCases.count) [1]: ") else {
            throw CLIError.usage("login: no answer (end of input)")
        }
        let text = answer.trimmingCharacters(in: .whitespaces).lowercased()
        if text.isEmpty { return .password }
        if let number = Int(text), Method.allCases.indices.contains(number - 1) { return Method.allCases[number - 1] }
        if let method = Method(rawValue: text) { return method }
        throw CLIError.usage("login: \"\(text)\" is not one of 1-\(Method.allCases.count) (or password, pat, token)")
    }

    /// Runs the chosen method and returns the tokens (not saved yet).
    static func obtain(_ method: Method, username: String?, oauth: OAuthSettings?,
                       transport: any HTTPTransport, logger: Logger) async throws -> TokenSet {
        switch method {
        case .token:
            let token = try secret("Access token: ")
            return TokenSet(accessToken: token)
        case .password, .pat:
            guard let oauth else { throw CLIError.usage("login --method \(method.rawValue): " + OAuthSettings.missingClientID) }
            let client = try oauth.client(transport: transport, logger: logger)
            do {
                if method == .pat {
                    return try await client.personalAccessToken(try secret("Personal access token: "))
                }
                let email = try username ?? answer("Email: ")
                return try await client.passwordGrant(username: email, password: try secret("Password: "))
            } catch APIError.invalidToken(let message) {
                throw CLIError.auth("login failed: \(message)")
            }
        }
    }

    private static func answer(_ question: String) throws -> String {
        guard let text = Prompt.line(question)?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            throw CLIError.usage("login: no answer to \"\(question.trimmingCharacters(in: .whitespaces))\"")
        }
        return text
    }

    private static func secret(_ question: String) throws -> String {
        guard let text = Prompt.secret(question)?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            throw CLIError.usage("login: no answer to \"\(question.trimmingCharacters(in: .whitespaces))\"")
        }
        return text
    }
}
