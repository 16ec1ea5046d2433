import DashboardCore
import Foundation
import TOMLKit

/// Reads `config.toml`, rejecting anything unknown or malformed with file, line and key.
///
/// ```toml
/// base_url = "https://api.getgo.com/G2A/rest/v1"
/// theme = "default-dark"
/// session_window = "24h"          # 24h, 7d or 30d
/// [refresh]                       # seconds, 2 to 86400
/// sessions = 5
/// companies = 60
/// recordings = 60
/// download_dir = "~/g2a-recordings"   # where d/D put recordings
/// [timeouts]                      # seconds, 1 to 300
/// connect = 5                     # to connect to the API
/// answer = 15                     # for the first byte of an answer
/// [keys]
/// refresh = ["r", "f5"]
/// [profiles.emea]
/// base_url = "https://…"
/// ```
public enum ConfigLoader {
    /// `$XDG_CONFIG_HOME/g2a-dash/config.toml`, or `~/.config/g2a-dash/config.toml`.
    public static func defaultPath(environment: [String: String]) -> String {
        configDirectory(environment: environment) + "/config.toml"
    }

    /// `$XDG_CONFIG_HOME/g2a-dash`, or `~/.config/g2a-dash`.
    public static func configDirectory(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/g2a-dash" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/g2a-dash"
    }

    /// Loads the file at `path`; nil when it does not exist.
    public static func load(path: String) throws(ConfigError) -> AppConfig? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(path: path, message: "cannot read the file (permissions, or not UTF-8)")
        }
        return try parse(text, path: path)
    }

    /// Parses config text; `path` is only used in error messages.
    public static func parse(_ text: String, path: String) throws(ConfigError) -> AppConfig {
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(path: path, line: error.source.begin.line, message: "not valid TOML: \(error.description)")
        } catch {
            throw ConfigError(path: path, message: "not valid TOML: \(error)")
        }
        let reader = Reader(path: path, locator: TOMLKeyLocator(source: text))
        var config = try reader.settings(root, prefix: [], allowProfiles: true)
        try reader.requireDistinctKeys(config, prefix: [])
        if let profiles = root["profiles"] {
            guard let table = profiles.table else { throw reader.error(["profiles"], "must be a table of profiles") }
            for (name, value) in table {
                guard let profile = value.table else {
                    throw reader.error(["profiles", name], "must be a table, e.g. [profiles.\(name)]")
                }
                let settings = try reader.settings(profile, prefix: ["profiles", name], allowProfiles: false)
                var merged = config
                merged.keys.merge(settings.keys) { _, new in new }
                try reader.requireDistinctKeys(merged, prefix: ["profiles", name], own: settings)
                config.profiles[name] = settings
            }
        }
        return config
    }

    private struct Reader {
        let path: String
        let locator: TOMLKeyLocator

        static let topKeys: Set<String> = [
            "base_url", "auth_style", "theme", "session_window", "recordings_account_key", "partner_domain",
            "read_only", "client_id", "client_secret", "token_url", "refresh", "keys", "download_dir", "timeouts",
        ]

        /// Refresh intervals: at least 2 s (the API allows 10 requests/s), at most a day.
        static let refreshRange: ClosedRange<Double> = DashboardSettings.minimumSessionsInterval...86_400
        /// Request timeouts: at least a second, at most five minutes.
        static let timeoutRange: ClosedRange<Double> = 1...300

        func error(_ key: [String], _ message: String) -> ConfigError {
            ConfigError(path: path, line: locator.line(of: key), key: key.joined(separator: "."), message: message)
        }

        func settings(_ table: TOMLTable, prefix: [String], allowProfiles: Bool) throws(ConfigError) -> AppConfig {
            var config = AppConfig()
            for key in table.keys where !Self.topKeys.contains(key) && !(allowProfiles && key == "profiles") {
                throw error(prefix + [key], "unknown setting (known: \(Self.topKeys.sorted().joined(separator: ", ")))")
            }
            config.baseURL = try url(table, prefix, "base_url")
            config.authStyle = try string(table, prefix, "auth_style")
            if let style = config.authStyle, style != "bearer", style != "legacy" {
                throw error(prefix + ["auth_style"], "must be \"bearer\" or \"legacy\", got \"\(style)\"")
            }
            config.theme = try string(table, prefix, "theme")
            if let window = try string(table, prefix, "session_window") {
                guard let value = SessionWindow(rawValue: window) else {
                    throw error(prefix + ["session_window"], "must be 24h, 7d or 30d, got \"\(window)\"")
                }
                config.sessionWindow = value
            }
            config.recordingsAccountKey = try string(table, prefix, "recordings_account_key")
            config.partnerDomain = try string(table, prefix, "partner_domain")
            config.downloadDirectory = try string(table, prefix, "download_dir")
            if config.downloadDirectory?.isEmpty == true { throw error(prefix + ["download_dir"], "must not be empty") }
            config.clientID = try string(table, prefix, "client_id")
            config.clientSecret = try string(table, prefix, "client_secret")
            config.tokenURL = try url(table, prefix, "token_url")
            if let value = table["read_only"] {
                guard let flag = value.bool else { throw error(prefix + ["read_only"], "must be true or false") }
                config.readOnly = flag
            }
            if let value = table["refresh"] {
                guard let refresh = value.table else { throw error(prefix + ["refresh"], "must be a table: [refresh]") }
                for key in refresh.keys where !["sessions", "companies", "recordings"].contains(key) {
                    throw error(prefix + ["refresh", key], "unknown pane (known: sessions, companies, recordings)")
                }
                config.sessionsInterval = try seconds(refresh, prefix + ["refresh"], "sessions", in: Self.refreshRange)
                config.companiesInterval = try seconds(refresh, prefix + ["refresh"], "companies", in: Self.refreshRange)
                config.recordingsInterval = try seconds(refresh, prefix + ["refresh"], "recordings", in: Self.refreshRange)
            }
            if let value = table["timeouts"] {
                guard let timeouts = value.table else { throw error(prefix + ["timeouts"], "must be a table: [timeouts]") }
                for key in timeouts.keys where !["connect", "answer"].contains(key) {
                    throw error(prefix + ["timeouts", key], "unknown timeout (known: connect, answer)")
                }
                config.connectTimeout = try seconds(timeouts, prefix + ["timeouts"], "connect", in: Self.timeoutRange)
                config.answerTimeout = try seconds(timeouts, prefix + ["timeouts"], "answer", in: Self.timeoutRange)
            }
            if let value = table["keys"] {
                guard let keys = value.table else { throw error(prefix + ["keys"], "must be a table: [keys]") }
                for (name, binding) in keys {
                    let keyPath = prefix + ["keys", name]
                    guard let command = KeyCommand(rawValue: name) else {
                        throw error(keyPath, "unknown command (known: \(KeyCommand.allCases.map(\.rawValue).joined(separator: ", ")))")
                    }
                    let names: [String]
                    if let single = binding.string {
                        names = [single]
                    } else if let array = binding.array, let list = Optional(array.compactMap(\.string)), list.count == array.count {
                        names = list
                    } else {
                        throw error(keyPath, "must be a key name or a list of key names, e.g. [\"r\", \"ctrl-r\"]")
                    }
                    config.keys[command] = try names.map { (keyName: String) throws(ConfigError) -> Key in
                        guard let key = Key(name: keyName) else { throw error(keyPath, "\"\(keyName)\" is not a key name (e.g. q, G, ctrl-r, f5, enter, space)") }
                        return key
                    }
                }
            }
            return config
        }

        private func string(_ table: TOMLTable, _ prefix: [String], _ key: String) throws(ConfigError) -> String? {
            guard let value = table[key] else { return nil }
            guard let text = value.string else { throw error(prefix + [key], "must be a string") }
            return text
        }

        /// A number of seconds within `range`; `inf`, `nan` and `1e300` are refused here, where
        /// the line is known, rather than trapping later when converted to a duration.
        private func seconds(_ table: TOMLTable, _ prefix: [String], _ key: String,
                             in range: ClosedRange<Double>) throws(ConfigError) -> Double? {
            guard let value = table[key] else { return nil }
            let number: Double
            if let int = value.int { number = Double(int) } else if let double = value.double { number = double } else {
                throw error(prefix + [key], "must be a number of seconds")
            }
            guard number.isFinite, range.contains(number) else {
                throw error(prefix + [key], "must be from \(Self.text(range.lowerBound)) to \(Self.text(range.upperBound)) seconds, got \(number)")
            }
            return number
        }

        static func text(_ number: Double) -> String {
            number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        }

        /// A URL setting, checked by `URLSetting` (scheme, host, port 1–65535, no plain http
        /// beyond loopback).
        private func url(_ table: TOMLTable, _ prefix: [String], _ key: String) throws(ConfigError) -> String? {
            guard let text = try string(table, prefix, key) else { return nil }
            if let problem = URLSetting.problem(with: text) {
                throw error(prefix + [key], "\(problem): \(URLSetting.shown(text))")
            }
            return text
        }

        /// Refuses a key that two commands would share (see `AppConfig.keyConflict`); the line
        /// named is the binding in `own` (the table being read) when it has one.
        func requireDistinctKeys(_ config: AppConfig, prefix: [String], own: AppConfig? = nil) throws(ConfigError) {
            guard let conflict = config.keyConflict else { return }
            let (key, command, other) = (conflict.key, conflict.command, conflict.other)
            let blamed = (own ?? config).keys[command] != nil ? command : other
            let path = ((own ?? config).keys[blamed] != nil ? prefix : []) + ["keys", blamed.rawValue]
            let partner = blamed == command ? other : command
            throw error(path, "key \"\(key)\" would run both \(blamed.rawValue) and \(partner.rawValue); bind \(partner.rawValue) to other keys in [keys] too")
        }
    }
}
