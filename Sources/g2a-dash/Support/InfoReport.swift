import DashboardCore
import Foundation

/// The lines `g2a-dash info` prints, in order: `name: value`, or one JSON object, or CSV.
///
/// A value object rather than prints scattered through the command, so every line goes through
/// the same sanitizing and the same three output formats.
struct InfoReport {
    struct Entry: Equatable {
        var name: String
        var value: String
    }

    private(set) var entries: [Entry] = []

    mutating func add(_ name: String, _ value: String) {
        entries.append(Entry(name: name, value: value))
    }

    /// The report in `format`: `name: value` lines for people, a flat JSON object or CSV for scripts.
    func render(_ format: OutputFormat) throws -> String {
        switch format {
        case .table:
            return entries.map { "\($0.name): \(TextSanitizer.sanitize($0.value))\n" }.joined()
        case .json:
            return try JSONOutput.render(Dictionary(entries.map { ($0.name, $0.value) }) { _, last in last })
        case .csv:
            return CSVOutput.render(header: ["name", "value"],
                                    rows: entries.map { [$0.name, TextSanitizer.sanitize($0.value)] })
        }
    }
}
