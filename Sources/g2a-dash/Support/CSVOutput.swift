import Foundation

/// Renders RFC 4180 CSV from sanitized cells.
///
/// Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) get a leading `'`,
/// since a hostile customer name must not become a formula on a helpdesk lead's machine.
enum CSVOutput {
    static func render(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(quote).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func quote(_ cell: String) -> String {
        var value = cell
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
