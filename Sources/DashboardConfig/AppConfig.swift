import DashboardCore

/// The settings a config file (or one of its profiles) may set; nil means "not set here".
public struct AppConfig: Equatable, Sendable {
    public var baseURL: String?
    /// `bearer` or `legacy`.
    public var authStyle: String?
    public var theme: String?
    public var sessionWindow: SessionWindow?
    public var sessionsInterval: Double?
    public var companiesInterval: Double?
    public var recordingsInterval: Double?
    public var recordingsAccountKey: String?
    public var partnerDomain: String?
    public var readOnly: Bool?
    /// `download_dir`: where the dashboard's `d`/`D` put recordings (`~/` allowed).
    public var downloadDirectory: String?
    /// OAuth client for `g2a-dash login` and token refresh; the secret is masked by `config show`.
    public var clientID: String?
    public var clientSecret: String?
    /// The token endpoint; by default derived from the base URL's host (`/oauth/v2/token`).
    public var tokenURL: String?
    /// `[timeouts] connect`: seconds to wait for a connection to the API.
    public var connectTimeout: Double?
    /// `[timeouts] answer`: seconds to wait for the first byte of an answer.
    public var answerTimeout: Double?
    public var keys: [KeyCommand: [Key]] = [:]
    public var profiles: [String: AppConfig] = [:]

    public init() {}

    /// The top-level settings with a profile's settings laid over them.
    public func resolved(profile: String?, path: String) throws(ConfigError) -> AppConfig {
        guard let profile else { return self }
        guard let overlay = profiles[profile] else {
            let known = profiles.keys.sorted()
            throw ConfigError(path: path, key: "profiles.\(profile)",
                              message: "no such profile" + (known.isEmpty ? " (the file defines none)" : "; known: \(known.joined(separator: ", "))"))
        }
        var merged = self
        merged.profiles = [:]
        merged.baseURL = overlay.baseURL ?? baseURL
        merged.authStyle = overlay.authStyle ?? authStyle
        merged.theme = overlay.theme ?? theme
        merged.sessionWindow = overlay.sessionWindow ?? sessionWindow
        merged.sessionsInterval = overlay.sessionsInterval ?? sessionsInterval
        merged.companiesInterval = overlay.companiesInterval ?? companiesInterval
        merged.recordingsInterval = overlay.recordingsInterval ?? recordingsInterval
        merged.recordingsAccountKey = overlay.recordingsAccountKey ?? recordingsAccountKey
        merged.partnerDomain = overlay.partnerDomain ?? partnerDomain
        merged.readOnly = overlay.readOnly ?? readOnly
        merged.downloadDirectory = overlay.downloadDirectory ?? downloadDirectory
        merged.clientID = overlay.clientID ?? clientID
        merged.clientSecret = overlay.clientSecret ?? clientSecret
        merged.tokenURL = overlay.tokenURL ?? tokenURL
        merged.connectTimeout = overlay.connectTimeout ?? connectTimeout
        merged.answerTimeout = overlay.answerTimeout ?? answerTimeout
        merged.keys.merge(overlay.keys) { _, new in new }
        return merged
    }

    /// A key that two commands would share with this config's `[keys]` over the defaults:
    /// the key, the command the config bound it to, and the other command that has it.
    ///
    /// Rebinding silently took the key from the other command, so `quit = "r"` left refresh
    /// without its key and the user wondering; the loader refuses it instead.
    public var keyConflict: (key: Key, command: KeyCommand, other: KeyCommand)? {
        var owner: [Key: KeyCommand] = [:]
        // The config's own bindings first, so the conflict is blamed on a line the user wrote.
        let ordered = KeyCommand.allCases.filter { keys[$0] != nil } + KeyCommand.allCases.filter { keys[$0] == nil }
        for command in ordered {
            for key in keys[command] ?? KeyMap.standard.keys(for: command) {
                if let other = owner[key], other != command { return (key, other, command) }
                owner[key] = command
            }
        }
        return nil
    }

    /// The keymap with this config's overrides applied to the defaults.
    public var keymap: KeyMap {
        var map = KeyMap.standard
        for command in KeyCommand.allCases { if let keys = keys[command] { map.rebind(command, to: keys) } }
        return map
    }
}
