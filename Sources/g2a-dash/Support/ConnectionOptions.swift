import ArgumentParser
import Foundation
import GoToAssistAPI
import DashboardUI
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
    func resolvedBaseURL(environment: [String: String], config: AppConfig) throws -> String {
        let url = baseURL ?? environment["G2A_BASE_URL"] ?? config.baseURL ?? Self.defaultBaseURL
        guard ParsedURL(url) != nil else { throw CLIError.usage("--base-url is not an http(s) URL: \(url)") }
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

    /// The access token from `G2A_TOKEN` or `--token-file`.
    func resolvedToken(environment: [String: String]) throws -> String {
        if let path = tokenFile { return try TokenFile.read(path) }
        if let token = environment["G2A_TOKEN"]?.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty {
            return token
        }
        throw CLIError.auth("no access token: set G2A_TOKEN or pass --token-file PATH")
    }

    /// A logger that writes to stderr at the chosen level (never while the dashboard owns the screen).
    func makeLogger(label: String = "g2a-dash") -> Logger {
        var logger = Logger(label: label) { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = logLevel
        return logger
    }

    /// Builds the live client and its transport; the caller shuts the transport down.
    func makeClient(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> (GoToAssistClient, AsyncHTTPClientTransport)
    {
        let config = try loadConfig(environment: environment)
        let baseURL = try resolvedBaseURL(environment: environment, config: config)
        let token = try resolvedToken(environment: environment)
        let style = authStyle ?? config.authStyle.flatMap(AuthStyle.init(rawValue:)) ?? .bearer
        let proxy = try ProxySettings.from(environment: environment)
        let transport = AsyncHTTPClientTransport(proxy: proxy)
        do {
            let client = try GoToAssistClient(
                configuration: .init(baseURL: baseURL, authStyle: style),
                tokens: StaticTokenProvider(token: token), transport: transport, logger: makeLogger())
            return (client, transport)
        } catch {
            Task { await transport.shutdown() }
            throw error
        }
    }
}

extension AuthStyle: ExpressibleByArgument {}
extension Logger.Level: @retroactive ExpressibleByArgument {}
