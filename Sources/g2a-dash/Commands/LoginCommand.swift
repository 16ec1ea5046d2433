import ArgumentParser
import Foundation
import GoToAssistAPI
import Logging

/// `g2a-dash login`: gets tokens and saves them for a profile.
///
/// The ways in follow GoTo's identity service: the authorization-code grant with PKCE, through
/// a browser here (`browser`, the default with a display) or on another machine with the
/// address pasted back (`paste`, the default over SSH); a personal access token; the legacy
/// password grant; or an access token pasted in from elsewhere (no refresh then). Secrets are
/// read with echo off, never taken from argv, and checked with one API request before they are saved.
struct LoginCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login",
        abstract: "Sign in and save the tokens for a profile (credentials.toml, mode 0600).",
        discussion: """
            Methods: browser (sign in on GoTo's page in a browser on this machine; the default \
            when there is a display), paste (for SSH: open the printed address on any machine, \
            then paste back the address the browser ended on; the default without a display), \
            pat (a personal access token), password (legacy: the password grant, which the \
            current identity service does not offer) and token (paste an access token). \
            Asks for the method unless --method is given, then for any secret with echo off. \
            All but token need an OAuth client: G2A_CLIENT_ID and G2A_CLIENT_SECRET in the \
            environment, or client_id and client_secret in the config. Secrets are never \
            accepted as options. Without a terminal, answers are read from stdin, one per line.
            """)

    enum Method: String, ExpressibleByArgument, CaseIterable {
        case browser, paste, pat, password, token

        var label: String {
            switch self {
            case .browser: "sign in with a browser on this machine"
            case .paste: "sign in with a browser elsewhere and paste the address back (SSH)"
            case .pat: "personal access token"
            case .password: "email and password (legacy)"
            case .token: "paste an access token"
            }
        }

        /// `browser` where one can open, `paste` otherwise (a jump host over SSH).
        static func preferred(environment: [String: String]) -> Method {
            BrowserOpener.hasDisplay(environment) ? .browser : .paste
        }
    }

    @OptionGroup var connection: ConnectionOptions

    @Option(help: ArgumentHelp("browser, paste, pat, password (legacy) or token; asked when not given.", valueName: "method"))
    var method: Method?

    @Option(name: .customLong("redirect-port"), parsing: .unconditional,
            help: ArgumentHelp("Loopback port for --method browser (default: a free one); fix it to forward it with ssh -L.", valueName: "port"))
    var redirectPort = 0

    @Option(help: ArgumentHelp("Your GoToAssist email, for the password method; asked when not given.", valueName: "email"))
    var username: String?

    func validate() throws {
        try OptionRange.check(redirectPort, "--redirect-port", 0...65_535)
    }

    mutating func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let config = try connection.loadConfig(environment: environment)
        let baseURL = try connection.resolvedBaseURL(environment: environment, config: config)
        let method = try self.method ?? Self.askMethod(default: .preferred(environment: environment))
        let store = CredentialsStore(environment: environment)
        let transport = AsyncHTTPClientTransport.configured(proxy: try ProxySettings.from(environment: environment), config: config)
        do {
            let logger = connection.makeLogger()
            let tokens = try await Self.obtain(
                method, username: username, redirectPort: redirectPort, environment: environment,
                oauth: OAuthSettings.resolve(environment: environment, config: config, baseURL: baseURL),
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

    /// Asks which method to use; Enter picks `preferred`.
    static func askMethod(default preferred: Method) throws -> Method {
        let menu = Method.allCases.enumerated().map { "  \($0.offset + 1)) \($0.element.label)" }.joined(separator: "\n")
        let number = (Method.allCases.firstIndex(of: preferred) ?? 0) + 1
        guard let answer = Prompt.line("How do you sign in?\n\(menu)\nChoose 1-\(Method.allCases.count) [\(number)]: ") else {
            throw CLIError.usage("login: no answer (end of input)")
        }
        let text = answer.trimmingCharacters(in: .whitespaces).lowercased()
        if text.isEmpty { return preferred }
        if let number = Int(text), Method.allCases.indices.contains(number - 1) { return Method.allCases[number - 1] }
        if let method = Method(rawValue: text) { return method }
        let names = Method.allCases.map(\.rawValue).joined(separator: ", ")
        throw CLIError.usage("login: \"\(text)\" is not one of 1-\(Method.allCases.count) (or \(names))")
    }

    /// Runs the chosen method and returns the tokens (not saved yet).
    static func obtain(_ method: Method, username: String?, redirectPort: Int, environment: [String: String],
                       oauth: OAuthSettings?, transport: any HTTPTransport, logger: Logger) async throws -> TokenSet {
        switch method {
        case .token:
            let token = try secret("Access token: ")
            return TokenSet(accessToken: token)
        case .browser, .paste, .password, .pat:
            guard let oauth else { throw CLIError.usage("login --method \(method.rawValue): " + OAuthSettings.missingClientID) }
            if method == .browser || method == .paste {
                let flow = AuthorizationCodeLogin(oauth: oauth, environment: environment, transport: transport, logger: logger)
                return method == .browser ? try await flow.browser(port: redirectPort) : try await flow.paste()
            }
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
