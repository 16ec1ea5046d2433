import TOMLKit

/// Turns the text of a theme file into a ``Theme``, validating every key on the way.
///
/// The format (documented for users in `themes/README.md`):
///
/// ```toml
/// [palette]                       # optional: named colours
/// accent = "#61afef"
///
/// [roles]
/// selection = { fg = "#ffffff", bg = "accent", bold = true }
/// status.waiting.fg = "yellow"    # dotted keys work too
/// ```
///
/// Roles contain dots, so in TOML `status.waiting = { … }` is a nested table; the parser walks
/// nested tables and joins their keys with dots to find the role, which also makes
/// `"status.waiting" = { … }` and `[roles.status] waiting = { … }` work. Anything unknown or
/// of the wrong type is an error; nothing is silently ignored.
struct ThemeFileParser {
    /// The style attributes a role may set.
    private enum Attribute: String, CaseIterable {
        case fg, bg, bold, dim, reverse, underline
    }

    let path: String
    private let base: Theme
    private var palette: [String: Color] = [:]
    private var styles: [ThemeRole: Style] = [:]
    private var assigned: Set<String> = []

    init(path: String, base: Theme) {
        self.path = path
        self.base = base
    }

    /// Parses `source` and returns `base` with the file's roles applied field by field.
    static func parse(_ source: String, name: String, path: String, base: Theme)
        throws(ThemeError) -> Theme
    {
        let root: TOMLTable
        do {
            root = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            throw ThemeError(
                .syntax(message: error.description), path: path,
                line: error.source.begin.line, column: error.source.begin.column)
        } catch {
            throw ThemeError(.syntax(message: String(describing: error)), path: path)
        }
        var parser = ThemeFileParser(path: path, base: base)
        try parser.read(root)
        var theme = base
        theme.name = name
        for (role, style) in parser.styles {
            theme[role] = style
        }
        return theme
    }

    // MARK: - Walking the document

    private mutating func read(_ root: TOMLTable) throws(ThemeError) {
        for key in root.keys where !["palette", "roles"].contains(key) {
            throw ThemeError(.unknownKey(key), path: path, keyPath: key)
        }
        if let value = root["palette"] {
            try readPalette(try table(value, keyPath: "palette"))
        }
        if let value = root["roles"] {
            try readRoles(try table(value, keyPath: "roles"), group: [])
        }
    }

    private mutating func readPalette(_ table: TOMLTable) throws(ThemeError) {
        for (name, value) in table {
            let keyPath = "palette." + name
            guard name != "default" else {
                throw ThemeError(.invalidColor(name), path: path, keyPath: keyPath)
            }
            palette[name] = try literalColor(value, keyPath: keyPath)
        }
    }

    private mutating func readRoles(_ table: TOMLTable, group: [String]) throws(ThemeError) {
        let groupName = group.joined(separator: ".")
        for (key, value) in table {
            let name = (group + [key]).joined(separator: ".")
            let keyPath = "roles." + name
            if !group.isEmpty, let attribute = Attribute(rawValue: key) {
                guard let role = ThemeRole(rawValue: groupName) else {
                    let members = ThemeRole.allCases.map(\.rawValue)
                        .filter { $0.hasPrefix(groupName + ".") }
                    throw ThemeError(
                        .groupIsNotARole(groupName, roles: members), path: path,
                        keyPath: "roles." + groupName)
                }
                try apply(attribute, value, to: role, keyPath: keyPath)
            } else if let nested = value.table {
                guard ThemeRole.isRoleOrGroup(name) else { throw unknownRole(name) }
                try readRoles(nested, group: group + [key])
            } else if ThemeRole.isRoleOrGroup(name) {
                throw ThemeError(
                    .wrongType(
                        expected: "a table such as { fg = \"#ffffff\", bold = true }",
                        found: typeName(value)),
                    path: path, keyPath: keyPath)
            } else if ThemeRole(rawValue: groupName) != nil {
                let suggestion = Self.closest(to: key, in: Attribute.allCases.map(\.rawValue))
                throw ThemeError(
                    .unknownAttribute(key, suggestion: suggestion), path: path, keyPath: keyPath)
            } else {
                throw unknownRole(name)
            }
        }
    }

    private mutating func apply(
        _ attribute: Attribute, _ value: TOMLValueConvertible, to role: ThemeRole, keyPath: String
    ) throws(ThemeError) {
        guard assigned.insert(role.rawValue + "." + attribute.rawValue).inserted else {
            throw ThemeError(.duplicate, path: path, keyPath: keyPath)
        }
        // Patch only the fields the file sets; the rest keep the base theme's values.
        var style = styles[role] ?? base.style(role)
        switch attribute {
        case .fg: style.fg = try color(value, keyPath: keyPath)
        case .bg: style.bg = try color(value, keyPath: keyPath)
        case .bold: style.bold = try bool(value, keyPath: keyPath)
        case .dim: style.dim = try bool(value, keyPath: keyPath)
        case .reverse: style.reverse = try bool(value, keyPath: keyPath)
        case .underline: style.underline = try bool(value, keyPath: keyPath)
        }
        styles[role] = style
    }

    // MARK: - Values

    /// A colour in a role: a palette name first, then anything ``literalColor`` accepts.
    private func color(_ value: TOMLValueConvertible, keyPath: String) throws(ThemeError) -> Color {
        if let name = value.string, let named = palette[name] {
            return named
        }
        if let text = value.string, Color(parsing: text) == nil, !text.hasPrefix("#"),
            Int(text) == nil
        {
            throw ThemeError(.unknownPaletteName(text), path: path, keyPath: keyPath)
        }
        return try literalColor(value, keyPath: keyPath)
    }

    /// A colour written out: a colour string or a palette index 0–255.
    private func literalColor(_ value: TOMLValueConvertible, keyPath: String) throws(ThemeError)
        -> Color
    {
        if let text = value.string {
            guard let color = Color(parsing: text) else {
                throw ThemeError(.invalidColor(text), path: path, keyPath: keyPath)
            }
            return color
        }
        if value.type == .int, let index = value.int {
            guard let byte = UInt8(exactly: index) else {
                throw ThemeError(.invalidColor(String(index)), path: path, keyPath: keyPath)
            }
            return .indexed(byte)
        }
        throw ThemeError(
            .wrongType(expected: "a colour string such as \"#61afef\"", found: typeName(value)),
            path: path, keyPath: keyPath)
    }

    private func bool(_ value: TOMLValueConvertible, keyPath: String) throws(ThemeError) -> Bool {
        guard value.type == .bool, let flag = value.bool else {
            throw ThemeError(
                .wrongType(expected: "true or false", found: typeName(value)),
                path: path, keyPath: keyPath)
        }
        return flag
    }

    private func table(_ value: TOMLValueConvertible, keyPath: String) throws(ThemeError)
        -> TOMLTable
    {
        guard let table = value.table else {
            throw ThemeError(
                .wrongType(expected: "a table", found: typeName(value)), path: path,
                keyPath: keyPath)
        }
        return table
    }

    private func typeName(_ value: TOMLValueConvertible) -> String {
        switch value.type {
        case .string: "a string"
        case .int: "an integer"
        case .double: "a number"
        case .bool: "a boolean"
        case .table: "a table"
        case .array: "an array"
        case .date, .time, .dateTime: "a date or time"
        }
    }

    private func unknownRole(_ name: String) -> ThemeError {
        let suggestion = Self.closest(to: name, in: ThemeRole.allCases.map(\.rawValue))
        return ThemeError(
            .unknownRole(name, suggestion: suggestion), path: path, keyPath: "roles." + name)
    }

    // MARK: - Suggestions

    /// Returns the candidate within a small edit distance of `word`, for "did you mean".
    static func closest(to word: String, in candidates: [String]) -> String? {
        let limit = max(1, word.count / 3)
        let scored = candidates.map { ($0, editDistance(word, $0)) }.filter { $0.1 <= limit }
        return scored.min { $0.1 < $1.1 }?.0
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            previous = current
        }
        return previous[b.count]
    }
}
