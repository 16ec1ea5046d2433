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
        /// Exactly one of `allowed`, or an unambiguous start of one (`u` for `unattended`).
        case oneOf(allowed: [String])
        /// Empty, or a calendar date written `YYYY-MM-DD` (read as UTC).
        case date
        /// Empty, or a whole number in `range`.
        case number(range: ClosedRange<Int>)
    }

    public var id: String
    public var label: String
    /// The text being edited, with its cursor.
    public var line: LineEditor
    public var rule: Rule
    /// Shown as bullets on screen (a partner user token).
    public var isSecret: Bool
    /// The validation message for the current value, set on submit and cleared on edit.
    public var error: String?

    public init(id: String, label: String, value: String = "", rule: Rule, isSecret: Bool = false) {
        self.id = id
        self.label = label
        line = LineEditor(value, limit: Self.hardLimit)
        self.rule = rule
        self.isSecret = isSecret
    }

    /// The text; setting it puts the cursor at the end.
    public var value: String {
        get { line.text }
        set { line = LineEditor(newValue, limit: Self.hardLimit) }
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
        case .oneOf(let allowed):
            if Self.choice(text, of: allowed) == nil { return "one of: " + allowed.joined(separator: ", ") }
        case .date:
            if !text.isEmpty, Self.date(text) == nil { return "a date as YYYY-MM-DD" }
        case .number(let range):
            if !text.isEmpty, Int(text).map(range.contains) != true {
                return "a whole number from \(range.lowerBound) to \(range.upperBound)"
            }
        }
        return nil
    }

    /// The choice of a `.oneOf` field, completed from an unambiguous start; nil otherwise.
    public var choice: String? {
        guard case .oneOf(let allowed) = rule else { return nil }
        return Self.choice(value.trimmingCharacters(in: .whitespaces), of: allowed)
    }

    /// The entry of `allowed` that `text` names, case-insensitively, or starts uniquely.
    public static func choice(_ text: String, of allowed: [String]) -> String? {
        let typed = text.lowercased()
        guard !typed.isEmpty else { return nil }
        if let exact = allowed.first(where: { $0.lowercased() == typed }) { return exact }
        let starts = allowed.filter { $0.lowercased().hasPrefix(typed) }
        return starts.count == 1 ? starts[0] : nil
    }

    /// Midnight UTC of a `YYYY-MM-DD` date; nil when the text is not a real date.
    public static func date(_ text: String) -> Date? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        let calendar = utcCalendar
        let components = DateComponents(year: year, month: month, day: day)
        guard components.isValidDate(in: calendar), let date = calendar.date(from: components) else { return nil }
        return date
    }

    /// `YYYY-MM-DD` of a date in UTC, as `date(_:)` reads it.
    public static func dateText(_ date: Date) -> String {
        let parts = utcCalendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    private static var utcCalendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
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
