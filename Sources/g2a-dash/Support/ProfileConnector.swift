import DashboardCore
import DashboardConfig
import Foundation
import GoToAssistAPI
import Logging

/// Builds the client and dashboard settings of a profile: at start, and for `:profile NAME`.
///
/// One piece serves both, so a profile switched to at runtime gets exactly what it would get
/// at start (base URL, auth style, saved login with refresh, intervals, window, read-only,
/// partner domain). A runtime switch reads only the config and the saved login: `--base-url`,
/// `--token-file`, `G2A_TOKEN` and `G2A_BASE_URL` were given for the first profile, and
/// sending one account's token to another profile's server would be wrong.
struct ProfileConnector: Sendable {
    let connection: ConnectionOptions
    let environment: [String: String]
    let transport: AsyncHTTPClientTransport
    let logger: Logger

    /// A connected profile.
    struct Connected {
        var config: AppConfig
        var client: GoToAssistClient
        var settings: DashboardSettings
    }

    /// The profile the dashboard starts with; `fixedToken` (the demo's) bypasses the login.
    func initial(config: AppConfig, baseURL: String, fixedToken: String?, isDemo: Bool, themeName: String,
                 partnerDomain: String?) throws -> Connected {
        let tokens: any TokenProvider = try fixedToken.map { StaticTokenProvider(token: $0) }
            ?? connection.makeTokenProvider(environment: environment, config: config, baseURL: baseURL,
                                            transport: transport, logger: logger)
        let client = try makeClient(config: config, baseURL: baseURL, tokens: tokens, options: connection)
        let settings = Self.settings(
            profile: connection.profile ?? (isDemo ? "demo" : CredentialsStore.defaultProfile), config: config,
            baseURL: baseURL, isDemo: isDemo, themeName: themeName,
            readOnly: connection.isReadOnly(config: config), partnerDomain: partnerDomain)
        return Connected(config: config, client: client, settings: settings)
    }

    /// Another profile of the config, for a runtime switch; the theme stays as it is.
    func switching(to name: String, themeName: String) throws -> Connected {
        // Parsed, not built: argument-parser's property wrappers hold no value until parsed.
        // --readonly holds for the whole run, whatever profile is on screen.
        let arguments = ["--profile", name, "--log-level", connection.logLevel.rawValue]
            + (connection.readOnlyFlag ? ["--readonly"] : [])
        let options: ConnectionOptions
        do {
            options = try ConnectionOptions.parse(arguments)
        } catch {
            throw CLIError.usage("profile \(name): " + ConnectionOptions.message(for: error))
        }
        var environment = self.environment
        for key in ["G2A_TOKEN", "G2A_BASE_URL"] { environment[key] = nil }
        let config = try options.loadConfig(environment: environment)
        let baseURL = try options.resolvedBaseURL(environment: environment, config: config)
        let tokens = try options.makeTokenProvider(environment: environment, config: config, baseURL: baseURL,
                                                   transport: transport, logger: logger)
        let client = try makeClient(config: config, baseURL: baseURL, tokens: tokens, options: options)
        let settings = Self.settings(
            profile: name, config: config, baseURL: baseURL, isDemo: false, themeName: themeName,
            readOnly: options.isReadOnly(config: config), partnerDomain: config.partnerDomain)
        return Connected(config: config, client: client, settings: settings)
    }

    private func makeClient(config: AppConfig, baseURL: String, tokens: any TokenProvider,
                            options: ConnectionOptions) throws -> GoToAssistClient {
        let style = options.authStyle ?? config.authStyle.flatMap(AuthStyle.init(rawValue:)) ?? .bearer
        return try GoToAssistClient(configuration: .init(baseURL: baseURL, authStyle: style),
                                    tokens: tokens, transport: transport, logger: logger)
    }

    static func settings(profile: String, config: AppConfig, baseURL: String, isDemo: Bool, themeName: String,
                         readOnly: Bool, partnerDomain: String?) -> DashboardSettings {
        let host = ParsedURL(baseURL).map { $0.port == 443 || $0.port == 80 ? $0.host : "\($0.host):\($0.port)" } ?? baseURL
        let defaults = DashboardSettings()
        return DashboardSettings(
            profileName: profile, host: host, isDemo: isDemo,
            sessionsInterval: config.sessionsInterval ?? defaults.sessionsInterval,
            companiesInterval: config.companiesInterval ?? defaults.companiesInterval,
            recordingsInterval: config.recordingsInterval ?? defaults.recordingsInterval,
            window: config.sessionWindow ?? defaults.window,
            themeName: themeName, recordingsOwner: config.recordingsAccountKey,
            readOnly: readOnly, partnerDomain: partnerDomain,
            downloadDirectory: config.downloadDirectory ?? DashboardSettings.defaultDownloadDirectory)
    }
}
