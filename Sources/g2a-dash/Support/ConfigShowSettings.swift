import DashboardCore
import DashboardConfig
import GoToAssistAPI

/// Where the value `config show` prints for a setting comes from.
///
/// Printed as a trailing comment, because "why is it this value?" is the question the command
/// exists to answer: a profile, an environment variable or an option can each hide the file.
enum ConfigShowOrigin: Equatable {
    /// The file's top level (printed without a comment).
    case file
    case profile(String)
    case environment(String)
    case option(String)
    /// Not in the file; the dashboard's built-in value.
    case builtIn
    /// Not in the file; computed from another setting.
    case derived(from: String)
    /// No value at all; the text says what that means ("the ticket panel needs it").
    case unset(String)

    /// The trailing comment, nil for a value from the file's top level.
    var comment: String? {
        switch self {
        case .file: nil
        case .profile(let name): "profile \(name)"
        case .environment(let name), .option(let name): "from \(name)"
        case .builtIn: "default"
        case .derived(let setting): "default, derived from \(setting)"
        case .unset(let meaning): meaning
        }
    }
}

/// One line of `config show`: a key, its value as a TOML literal (nil when unset) and its origin.
struct ConfigShowSetting: Equatable {
    var key: String
    var value: String?
    var origin: ConfigShowOrigin
}

/// Every setting `config show` prints, with the value the dashboard and the commands would use.
///
/// Each value is resolved by the same functions the commands call (`resolvedBaseURL`, the
/// profile overlay, `OAuthSettings`), so the listing cannot drift from what actually happens.
/// Secrets never enter this type: `client_secret` is `"****"` from the start.
struct ConfigShowSettings {
    var top: [ConfigShowSetting] = []
    var refresh: [ConfigShowSetting] = []
    var timeouts: [ConfigShowSetting] = []
    var keys: [ConfigShowSetting] = []

    /// The mask printed for a secret that is set.
    static let mask = "****"

    /// - Parameters:
    ///   - file: the parsed file, nil when there is none (then everything is a default).
    ///   - effective: `file` with `profile` laid over its top level.
    init(file: AppConfig?, effective: AppConfig, profile: String?, connection: ConnectionOptions,
         environment: [String: String]) throws {
        let defaults = DashboardSettings()
        /// Where a file value comes from: the profile when it sets it, else the top level.
        func origin<T>(_ keyPath: KeyPath<AppConfig, T?>) -> ConfigShowOrigin? {
            if let profile, file?.profiles[profile]?[keyPath: keyPath] != nil { return .profile(profile) }
            return file?[keyPath: keyPath] != nil ? .file : nil
        }
        func environmentValue(_ name: String) -> String? {
            guard let value = environment[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty
            else { return nil }
            return value
        }
        let toml = ConfigShowTOML.self

        let baseURL = try connection.resolvedBaseURL(environment: environment, config: effective)
        let baseOrigin: ConfigShowOrigin = connection.baseURL != nil ? .option("--base-url")
            : environment["G2A_BASE_URL"] != nil ? .environment("G2A_BASE_URL")
            : origin(\.baseURL) ?? .builtIn
        top.append(.init(key: "base_url", value: toml.string(baseURL), origin: baseOrigin))

        if let style = connection.authStyle {
            top.append(.init(key: "auth_style", value: toml.string(style.rawValue), origin: .option("--auth-style")))
        } else {
            top.append(.init(key: "auth_style", value: toml.string(effective.authStyle ?? AuthStyle.bearer.rawValue),
                             origin: origin(\.authStyle) ?? .builtIn))
        }
        top.append(.init(key: "theme", value: toml.string(effective.theme ?? defaults.themeName),
                         origin: origin(\.theme) ?? .builtIn))
        top.append(.init(key: "session_window", value: toml.string((effective.sessionWindow ?? defaults.window).rawValue),
                         origin: origin(\.sessionWindow) ?? .builtIn))
        top.append(Self.optional("recordings_account_key", effective.recordingsAccountKey, origin(\.recordingsAccountKey),
                                 unset: "the Recordings pane uses the account of your sessions"))
        top.append(Self.optional("partner_domain", effective.partnerDomain, origin(\.partnerDomain),
                                 unset: "the ticket panel and `links register` need it"))
        if connection.readOnlyFlag {
            top.append(.init(key: "read_only", value: toml.bool(true), origin: .option("--readonly")))
        } else {
            top.append(.init(key: "read_only", value: toml.bool(effective.readOnly ?? defaults.readOnly),
                             origin: origin(\.readOnly) ?? .builtIn))
        }

        // The OAuth client, in OAuthSettings' order: environment, then config, then derived.
        if let id = environmentValue("G2A_CLIENT_ID") {
            top.append(.init(key: "client_id", value: toml.string(id), origin: .environment("G2A_CLIENT_ID")))
        } else {
            top.append(Self.optional("client_id", effective.clientID, origin(\.clientID),
                                     unset: "g2a-dash login and token refresh need it"))
        }
        if environmentValue("G2A_CLIENT_SECRET") != nil {
            top.append(.init(key: "client_secret", value: toml.string(Self.mask), origin: .environment("G2A_CLIENT_SECRET")))
        } else {
            top.append(Self.optional("client_secret", effective.clientSecret.map { _ in Self.mask }, origin(\.clientSecret),
                                     unset: "a public client needs none"))
        }
        if let url = environmentValue("G2A_TOKEN_URL") {
            top.append(.init(key: "token_url", value: toml.string(url), origin: .environment("G2A_TOKEN_URL")))
        } else if let url = effective.tokenURL {
            top.append(.init(key: "token_url", value: toml.string(url), origin: origin(\.tokenURL) ?? .file))
        } else {
            top.append(.init(key: "token_url", value: toml.string(OAuthSettings.tokenURL(forBaseURL: baseURL)),
                             origin: .derived(from: "base_url")))
        }

        refresh = [
            .init(key: "sessions", value: toml.number(effective.sessionsInterval ?? defaults.sessionsInterval),
                  origin: origin(\.sessionsInterval) ?? .builtIn),
            .init(key: "companies", value: toml.number(effective.companiesInterval ?? defaults.companiesInterval),
                  origin: origin(\.companiesInterval) ?? .builtIn),
            .init(key: "recordings", value: toml.number(effective.recordingsInterval ?? defaults.recordingsInterval),
                  origin: origin(\.recordingsInterval) ?? .builtIn),
        ]

        timeouts = [
            .init(key: "connect", value: toml.number(effective.connectTimeout
                    ?? Double(AsyncHTTPClientTransport.defaultConnectTimeout.components.seconds)),
                  origin: origin(\.connectTimeout) ?? .builtIn),
            .init(key: "answer", value: toml.number(effective.answerTimeout
                    ?? Double(AsyncHTTPClientTransport.defaultAnswerTimeout.components.seconds)),
                  origin: origin(\.answerTimeout) ?? .builtIn),
        ]

        let keymap = effective.keymap
        keys = KeyCommand.allCases.map { command in
            ConfigShowSetting(key: command.rawValue, value: toml.array(keymap.keys(for: command).map(\.description)),
                              origin: origin(\AppConfig.keys[command]) ?? .builtIn)
        }
    }

    /// A string setting that may have no value at all.
    private static func optional(_ key: String, _ value: String?, _ origin: ConfigShowOrigin?, unset: String)
        -> ConfigShowSetting
    {
        guard let value else { return ConfigShowSetting(key: key, value: nil, origin: .unset(unset)) }
        return ConfigShowSetting(key: key, value: ConfigShowTOML.string(value), origin: origin ?? .file)
    }
}
