import DashboardCore
import Foundation

/// Renders aligned columns for people.
///
/// Each column is capped so one 10,000-character value cannot push the rest off the screen, and
/// on a terminal the whole table is fitted to its width; piped output keeps full lines.
enum TableOutput {
    static let maxColumnWidth = 60

    static func render(header: [String], rows: [[String]]) -> String {
        let table = TextTable(
            columns: header.map { TextTable.Column($0, maxWidth: maxColumnWidth) },
            ellipsis: TerminalEncoding.isUTF8(environment: ProcessInfo.processInfo.environment) ? "…" : "...")
        return table.render(rows: rows, totalWidth: terminalWidth()).joined(separator: "\n") + "\n"
    }

    /// The width of the terminal on stdout, or nil when stdout is not a terminal.
    static func terminalWidth() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
