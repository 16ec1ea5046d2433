import Foundation

/// One input of a form: its label, text, and the rule its text must satisfy.
public struct FormField: Equatable, Sendable {
    /// What the text must be; checked when the form is submitted, and shown inline.
    public enum Rule: Equatable, Sendable {
        /// Any text up to `maxLength` characters; `required` refuses empty text.
        case text(required: Bool, maxLength: Int)
        case email(required: Bool)
        /// An absolute http or https URL.
        case url(required: Bool)
        /// Comma-separated words, each one of `allowed`.
        case choices(allowed: [String])
    }

    public var id: String
    public var label: String
    public var value: String
    public var rule: Rule
    /// Shown as bullets on screen (a partner user token).
    public var isSecret: Bool
    /// The validation message for the current value, set on submit and cleared on edit.
    public var error: String?

    public init(id: String, label: String, value: String = "", rule: Rule, isSecret: Bool = false) {
        self.id = id
        self.label = label
        self.value = value
        self.rule = rule
        self.isSecret = isSecret
    }

    /// Longest value any field accepts, so a paste cannot grow state without bound.
    public static let hardLimit = 2048

    /// Checks the value against the rule; returns the message to show, or nil when it is fine.
    public func validate() -> String? {
        let text = value.trimmingCharacters(in: .whitespaces)
        switch rule {
        case .text(let required, let maxLength):
            if required && text.isEmpty { return "required" }
            if text.count > maxLength { return "at most \(maxLength) characters" }
        case .email(let required):
            if text.isEmpty { return required ? "required" : nil }
            if text.count > 254 || !Self.looksLikeEmail(text) { return "not an email address" }
        case .url(let required):
            if text.isEmpty { return required ? "required" : nil }
            if text.count > Self.hardLimit || !Self.isWebURL(text) { return "must be an http:// or https:// URL" }
        case .choices(let allowed):
            let words = Self.words(text)
            if let bad = words.first(where: { !allowed.contains($0) }) {
                return "unknown \"\(bad)\" (one of: \(allowed.joined(separator: ", ")))"
            }
        }
        return nil
    }

    /// The trimmed value, or nil when empty (optional fields are left out of requests).
    public var trimmed: String? {
        let text = value.trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }

    /// Comma- or space-separated words of a choices field.
    public static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
    }

    /// One `@`, a non-empty local part, a dotted domain, no spaces: what a form can check.
    public static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1]
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }

    /// Whether `text` is an absolute http(s) URL with a host.
    public static func isWebURL(_ text: String) -> Bool {
        guard !text.contains(where: \.isWhitespace), let url = URL(string: text),
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, !host.isEmpty else { return false }
        return true
    }
}
