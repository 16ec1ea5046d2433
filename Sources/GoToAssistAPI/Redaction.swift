import Foundation

/// Removes secrets from text that may reach a log.
///
/// Tokens travel in the Authorization header (never logged) and, in the legacy style, as an
/// `oauth_token` query parameter; partner calls carry `userToken`. URLs are passed through this
/// before any log line, and token-endpoint bodies are never logged at all.
public enum Redaction {
    static let secretParameters: Set<String> = [
        "oauth_token", "access_token", "refresh_token", "usertoken", "token", "password", "pat",
        "client_secret", "code", "sig", "signature",
    ]

    /// A URL with secret query values replaced by `****`.
    public static func url(_ text: String) -> String {
        guard let q = text.firstIndex(of: "?") else { return text }
        let head = text[..<q]
        let query = text[text.index(after: q)...]
        let parts = query.split(separator: "&", omittingEmptySubsequences: false).map { pair -> String in
            let name = pair.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            return secretParameters.contains(name.lowercased()) ? "\(name)=****" : String(pair)
        }
        return head + "?" + parts.joined(separator: "&")
    }

    /// Replaces every occurrence of the given secrets in a text.
    public static func scrub(_ text: String, secrets: [String]) -> String {
        var result = text
        for secret in secrets where secret.count >= 4 {
            result = result.replacingOccurrences(of: secret, with: "****")
        }
        return result
    }

    /// Error text from a library, with anything that looks like a credential masked.
    ///
    /// The one redaction point for error text that could quote a request header (NIO's
    /// `invalidHeaderFieldValues(["Bearer …"])`, say) before it reaches a log, the screen or
    /// stderr: `Bearer`/`Basic` values and secret `name=value` pairs become `****`.
    public static func errorText(_ text: String) -> String {
        var result = text
        let patterns = [
            #"(?i)\b(bearer|basic)(\s|\\n|\\t)+[^\s"',\])]+"#,
            #"(?i)\b(authorization)\s*[:=]\s*[^\s"',\])]+"#,
        ]
        for pattern in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            let range = NSRange(result.startIndex..., in: result)
            result = regex.stringByReplacingMatches(in: result, range: range, withTemplate: "$1 ****")
        }
        let names = secretParameters.sorted().joined(separator: "|")
        if let regex = try? NSRegularExpression(pattern: "(?i)\\b(\(names))=[^\\s&\"',\\])]+") {
            let range = NSRange(result.startIndex..., in: result)
            result = regex.stringByReplacingMatches(in: result, range: range, withTemplate: "$1=****")
        }
        return result
    }
}
