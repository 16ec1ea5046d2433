import ArgumentParser
import Foundation
import GoToAssistAPI
import DashboardConfig
import DashboardCore
import Logging

/// Where to connect and how to authenticate; shared by the dashboard and every subcommand.
///
/// There is deliberately no `--token`: argv is visible to every user of the machine through
/// `ps`, so the token comes from `G2A_TOKEN` or a file only the owner can read.
struct ConnectionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("API base URL.", valueName: "url"))
    var baseURL: String?

    @Option(name: .long, help: ArgumentHelp("Profile from the config file.", valueName: "name"))
    var profile: String?

    @Option(name: .long, help: ArgumentHelp("Read the access token from this file (mode 0600).", valueName: "path"))
    var tokenFile: String?

    @Option(name: .long, help: ArgumentHelp("How to send the token: bearer or legacy (OAuth oauth_token=).", valueName: "style"))
    var authStyle: AuthStyle?

    @Option(name: .long, help: ArgumentHelp("Log level for stderr: trace, debug, info, notice, warning, error.", valueName: "level"))
    var logLevel: Logger.Level = .warning

    @Flag(name: .customLong("readonly"),
          help: "Refuse every write (start, tickets create/associate, links register); read_only = true in the profile does the same.")
    var readOnlyFlag = false

    static let defaultBaseURL = "https://api.getgo.com/G2A/rest/v1"

    /// The base URL to use: the option, else `G2A_BASE_URL`, else the config (profile), else
    /// the public service.
    ///
    /// Each source is checked by `URLSetting`, and a refusal names the one that was used.
    func resolvedBaseURL(environment: [String: String], config: AppConfig) throws -> String {
        let (url, source): (String, String) =
            if let baseURL { (baseURL, "--base-url") }
            else if let url = environment["G2A_BASE_URL"] { (url, "G2A_BASE_URL") }
            else if let url = config.baseURL { (url, "base_url") }
            else { (Self.defaultBaseURL, "the default base URL") }
        if let problem = URLSetting.problem(with: url) {
            throw CLIError.usage("\(source) \(problem): \(URLSetting.shown(url))")
        }
        return url
    }

    /// Whether writes are disabled: `--readonly`, or `read_only = true` in the config (profile).
    ///
    /// The dashboard and the headless write commands ask this one question, so the flag and
    /// the profile setting cannot mean different things in different places.
    func isReadOnly(config: AppConfig) -> Bool {
        readOnlyFlag || config.readOnly == true
    }

    /// The config file's settings for the chosen profile.
    func loadConfig(environment: [String: String]) throws -> AppConfig {
        try ConfigResolution.load(profile: profile, environment: environment).0
    }

    /// The access token from `--token-file` or `G2A_TOKEN`, nil when neither is given.
    ///
    /// Either one overrides the saved login, so a script can run with a token of its own.
    func explicitToken(environment: [String: String]) throws -> String? {
        if let path = tokenFile { return try TokenFile.read(path) }
        if let token = environment["G2A_TOKEN"]?.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty {
            try TokenFile.requireUsable(token, source: "G2A_TOKEN")
            return token
        }
        return nil
    }

    static let notLoggedIn = "not logged in: run g2a-dash login (or set G2A_TOKEN, or pass --token-file PATH)"

    /// Where each request's token comes from: `--token-file`, `G2A_TOKEN`, or the tokens
    /// `g2a-dash login` saved for the profile.
    ///
    /// Saved tokens with a refresh token (and a configured OAuth client) are refreshed a minute
    /// ahead of expiry and after an `InvalidToken` answer, and the new ones are saved at once,
    /// because the old refresh token stops working when it is used.
    func makeTokenProvider(environment: [String: String], config: AppConfig, baseURL: String,
                           transport: any HTTPTransport, logger: Logger) throws -> any TokenProvider {
        if let token = try explicitToken(environment: environment) { return StaticTokenProvider(token: token) }
        let store = CredentialsStore(environment: environment)
        guard let saved = try store.load(profile: profile) else { throw CLIError.auth(Self.notLoggedIn) }
        let profileName = profile
        if saved.refreshToken != nil,
           let oauth = OAuthSettings.resolve(environment: environment, config: config, baseURL: baseURL) {
            return OAuthTokenProvider(
                tokens: saved, oauth: try oauth.client(transport: transport, logger: logger),
                onRefresh: { fresh in
                    do {
                        try store.save(fresh, profile: profileName)
                        logger.info("saved refreshed tokens", metadata: ["profile": "\(profileName ?? CredentialsStore.defaultProfile)"])
                    } catch {
                        logger.error("could not save refreshed tokens: \(error)")
                    }
                })
        }
        if let expiresAt = saved.expiresAt, expiresAt <= Date() {
            throw CLIError.auth("session expired — run g2a-dash login" + (profile.map { " --profile \($0)" } ?? ""))
        }
        return StaticTokenProvider(token: saved.accessToken)
    }

    /// A logger for the headless commands: the log file and stderr, both at `--log-level`.
    ///
    /// The file (`$XDG_STATE_HOME/g2a-dash/g2a-dash.log`, the dashboard's log too) keeps what
    /// a cron job did for later; stderr shows it now. If the file cannot be opened the command
    /// still runs, and says so once on stderr.
    func makeLogger(label: String = "g2a-dash", environment: [String: String] = ProcessInfo.processInfo.environment) -> Logger {
        let file: (@Sendable (String) -> any LogHandler)?
        do {
            file = try FileLogHandler.open(path: StatePaths.logFile(environment: environment), level: logLevel)
        } catch {
            warn("\(error); logging to stderr only")
            file = nil
        }
        var logger = Logger(label: label) { label in
            var handlers: [any LogHandler] = [StreamLogHandler.standardError(label: label)]
            if let file { handlers.append(file(label)) }
            return MultiplexLogHandler(handlers)
        }
        logger.logLevel = logLevel
        return logger
    }

    /// Builds the live client and its transport; the caller shuts the transport down.
    func makeClient(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> (GoToAssistClient, AsyncHTTPClientTransport)
    {
        let config = try loadConfig(environment: environment)
        let baseURL = try resolvedBaseURL(environment: environment, config: config)
        let style = authStyle ?? config.authStyle.flatMap(AuthStyle.init(rawValue:)) ?? .bearer
        let proxy = try ProxySettings.from(environment: environment)
        let transport = AsyncHTTPClientTransport.configured(proxy: proxy, config: config)
        do {
            let logger = makeLogger()
            let tokens = try makeTokenProvider(environment: environment, config: config, baseURL: baseURL,
                                               transport: transport, logger: logger)
            let client = try GoToAssistClient(
                configuration: .init(baseURL: baseURL, authStyle: style),
                tokens: tokens, transport: transport, logger: logger)
            return (client, transport)
        } catch {
            Task { await transport.shutdown() }
            throw error
        }
    }
}

extension AuthStyle: ExpressibleByArgument {}
extension Logger.Level: @retroactive ExpressibleByArgument {}
