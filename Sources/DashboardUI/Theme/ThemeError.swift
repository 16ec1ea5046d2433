import DashboardCore

/// Why a theme could not be loaded, with where: the file, the key path and, for syntax
/// errors, the line and column.
///
/// ``description`` is a single line suitable for the status bar or stderr, e.g.
/// `themes/light.toml: roles.selection.fg: invalid colour "#12345" (…)`. Text taken from the
/// file or the command line is sanitized, so a hostile theme cannot smuggle escape sequences
/// into the error message.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Equatable, Sendable {
        /// The file could not be read (missing, a directory, permissions, not UTF-8, too big).
        case unreadable(reason: String)
        /// The file is not valid TOML; the message is TOMLKit's.
        case syntax(message: String)
        /// A top-level key other than `palette` and `roles`.
        case unknownKey(String)
        /// A key in `[roles]` that is neither a role nor a group of roles.
        case unknownRole(String, suggestion: String?)
        /// Style attributes set on a group such as `status`, which only holds roles.
        case groupIsNotARole(String, roles: [String])
        /// A key inside a role that is not one of `fg`, `bg`, `bold`, `dim`, `reverse`, `underline`.
        case unknownAttribute(String, suggestion: String?)
        /// A colour string that is not `#rrggbb`, `#rgb`, a name, `default` or 0–255.
        case invalidColor(String)
        /// A colour word that is neither a colour name nor defined in `[palette]`.
        case unknownPaletteName(String)
        /// A value of the wrong TOML type.
        case wrongType(expected: String, found: String)
        /// The same role attribute is set twice, e.g. by a dotted key and an inline table.
        case duplicate
        /// No theme file or built-in theme has this name.
        case notFound(name: String, searched: [String], available: [String])
        /// The `--theme` argument is neither a kebab-case name nor a path to a `.toml` file.
        case invalidName(String)
    }

    /// What went wrong.
    public var kind: Kind
    /// The theme file, when the error is about one.
    public var path: String?
    /// The dotted key path inside the file, such as `roles.selection.fg`.
    public var keyPath: String?
    /// The 1-based line, when known (TOMLKit reports positions for syntax errors only).
    public var line: Int?
    /// The 1-based column, when known.
    public var column: Int?

    /// Creates an error.
    public init(
        _ kind: Kind, path: String? = nil, keyPath: String? = nil, line: Int? = nil,
        column: Int? = nil
    ) {
        self.kind = kind
        self.path = path
        self.keyPath = keyPath
        self.line = line
        self.column = column
    }

    /// One line naming the file, the position or key path, and the problem.
    public var description: String {
        var location: [String] = []
        if let path {
            var place = clean(path)
            if let line { place += ":\(line)" + (column.map { ":\($0)" } ?? "") }
            location.append(place)
        }
        if let keyPath { location.append(clean(keyPath)) }
        return (location + [message]).joined(separator: ": ")
    }

    private var message: String {
        switch kind {
        case .unreadable(let reason):
            return "cannot read theme file: \(clean(reason))"
        case .syntax(let message):
            return "invalid TOML: \(clean(message))"
        case .unknownKey(let key):
            return "unknown key \(quoted(key)); a theme file has only [palette] and [roles]"
        case .unknownRole(let role, let suggestion):
            return "unknown role \(quoted(role))" + hint(suggestion)
                + "; see themes/README.md for the list of roles"
        case .groupIsNotARole(let group, let roles):
            return "\(quoted(group)) is a group of roles, not a role; style one of "
                + roles.map(clean).joined(separator: ", ")
        case .unknownAttribute(let attribute, let suggestion):
            return "unknown style attribute \(quoted(attribute))" + hint(suggestion)
                + "; use fg, bg, bold, dim, reverse or underline"
        case .invalidColor(let value):
            return "invalid colour \(quoted(value)); use \"#rrggbb\", \"#rgb\", a colour name"
                + " such as \"bright-blue\", \"default\" or a number 0-255"
        case .unknownPaletteName(let name):
            return "unknown colour \(quoted(name)); it is not a colour name and [palette]"
                + " does not define it"
        case .wrongType(let expected, let found):
            return "expected \(expected), found \(found)"
        case .duplicate:
            return "set more than once"
        case .notFound(let name, let searched, let available):
            let places =
                searched.isEmpty ? "" : " in " + searched.map(clean).joined(separator: ", ")
            return "theme \(quoted(name)) not found\(places) or among the built-in themes;"
                + " available: " + available.map(clean).joined(separator: ", ")
        case .invalidName(let name):
            return "invalid theme name \(quoted(name)); use lower-case letters, digits and"
                + " hyphens (e.g. high-contrast), or a path to a .toml file"
        }
    }

    private func hint(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean \(quoted($0))?)" } ?? ""
    }

    private func quoted(_ text: String) -> String {
        "\"" + clean(text) + "\""
    }

    private func clean(_ text: String) -> String {
        TextSanitizer.sanitize(text)
    }
}
