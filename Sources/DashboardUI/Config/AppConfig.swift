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
    /// `authorize_url`: the sign-in page of the authorization-code grant, derived like `tokenURL`.
    public var authorizeURL: String?
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
        merged.authorizeURL = overlay.authorizeURL ?? authorizeURL
        merged.keys.merge(overlay.keys) { _, new in new }
        return merged
    }

    /// The keymap with this config's overrides applied to the defaults.
    public var keymap: KeyMap {
        var map = KeyMap.standard
        for command in KeyCommand.allCases { if let keys = keys[command] { map.rebind(command, to: keys) } }
        return map
    }
}
