import Foundation

/// Finds the line a dotted key is defined on, for error messages.
///
/// TOMLKit reports positions only for syntax errors; a config error must still say where the
/// bad key is, so this scans the source for the key under its table header. It understands
/// `[table]` headers, `key = …` and quoted keys, which is what config files use.
struct TOMLKeyLocator {
    private let lines: [Substring]

    init(source: String) { lines = source.split(separator: "\n", omittingEmptySubsequences: false) }

    /// The 1-based line of `keyPath` (e.g. `refresh.sessions`), or of its table header.
    func line(of keyPath: [String]) -> Int? {
        guard !keyPath.isEmpty else { return nil }
        var table: [String] = []
        var headerLine: Int?
        for (index, raw) in lines.enumerated() {
            let text = raw.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("[") {
                let name = text.split(separator: "#").first.map(String.init) ?? ""
                table = Self.split(name.trimmingCharacters(in: CharacterSet(charactersIn: "[] \t")))
                if table == keyPath { headerLine = index + 1 }
                continue
            }
            guard let equals = text.firstIndex(of: "="), !text.hasPrefix("#") else { continue }
            let key = table + Self.split(String(text[..<equals]))
            if key == keyPath || (key.count < keyPath.count && Array(keyPath.prefix(key.count)) == key) {
                return index + 1
            }
        }
        return headerLine
    }

    static func split(_ dotted: String) -> [String] {
        dotted.split(separator: ".").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"'\t")) }
    }
}
