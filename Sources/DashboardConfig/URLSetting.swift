import GoToAssistAPI

/// The one check for every URL setting, wherever it is given (config file, option, environment).
///
/// A URL that NIO cannot use (port 99999, no host) used to pass `config check` and then trap
/// at the first request; plain http to another machine would carry the token in clear text.
/// Both are refused when the setting is read, with a line naming the setting.
public enum URLSetting {
    /// Why `url` cannot be used for API calls that carry a token; nil when it can.
    public static func problem(with url: String) -> String? {
        if let problem = ParsedURL.problem(with: url) { return problem }
        guard let parsed = ParsedURL(url) else { return "is not a usable http(s) URL" }
        if parsed.scheme == "http", !parsed.isLoopback {
            return "uses plain http to \(parsed.host), which would send the token unencrypted; use https (http only for loopback)"
        }
        return nil
    }

    /// `url` as a message may show it: secret query values and any `user:password@` masked.
    public static func shown(_ url: String) -> String {
        var text = Redaction.url(url)
        if let start = text.range(of: "://")?.upperBound,
           let at = text[start...].firstIndex(of: "@"),
           !text[start..<at].contains("/") {
            text.replaceSubrange(start..<text.index(after: at), with: "****@")
        }
        return text
    }
}
