import DashboardCore

/// Lays out `config show`: a commented header, then the settings as valid TOML.
///
/// Each value's origin goes in a comment aligned after it, and settings without a value are
/// commented out, so the output can be pasted back into a config file as it is.
enum ConfigShowRenderer {
    /// Comments start at this column at most, so one long URL does not push every comment right.
    static let commentColumn = 44

    /// The header: which file and profile, which profiles exist, the login state, how to read it.
    static func header(path: String, fileExists: Bool, profile: String?, profilesInFile: [String],
                       credentials: String) -> String {
        var lines = ["g2a-dash config show: the effective settings; secrets are masked."]
        lines.append("config: \(path)" + (fileExists ? "" : " (missing: defaults apply)"))
        lines.append("profile: " + (profile ?? "none (the file's top level)"))
        if profile == nil, !profilesInFile.isEmpty {
            lines.append("profiles in the file: \(profilesInFile.joined(separator: ", ")) (show one with --profile NAME)")
        }
        lines.append("credentials: \(credentials)")
        lines.append("A value without a comment is set at the file's top level.")
        return lines.map { "# " + TextSanitizer.sanitize($0) + "\n" }.joined() + "\n"
    }

    /// The settings: the top level, then `[refresh]`, `[timeouts]` and `[keys]`.
    static func render(_ settings: ConfigShowSettings) -> String {
        section(nil, settings.top) + "\n" + section("refresh", settings.refresh) + "\n"
            + section("timeouts", settings.timeouts) + "\n" + section("keys", settings.keys)
    }

    private static func section(_ name: String?, _ settings: [ConfigShowSetting]) -> String {
        var out = name.map { "[\($0)]\n" } ?? ""
        let width = min(commentColumn, settings.compactMap { setting in
            setting.value.map { assignment($0, key: setting.key).count }
        }.max() ?? 0)
        for setting in settings {
            guard let value = setting.value else {
                out += "# \(setting.key) is not set" + (setting.origin.comment.map { ": " + TextSanitizer.sanitize($0) } ?? "") + "\n"
                continue
            }
            let line = assignment(value, key: setting.key)
            guard let comment = setting.origin.comment else {
                out += line + "\n"
                continue
            }
            let padding = String(repeating: " ", count: max(0, width - line.count))
            out += line + padding + "  # " + TextSanitizer.sanitize(comment) + "\n"
        }
        return out
    }

    private static func assignment(_ value: String, key: String) -> String { "\(key) = \(value)" }
}
