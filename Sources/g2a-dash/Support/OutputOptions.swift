import ArgumentParser
import DashboardCore
import Foundation

/// How a headless command prints its result.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    /// Aligned columns for people, sanitized and sized by display width.
    case table
    /// One JSON document in the API's field names, for scripts.
    case json
    /// RFC 4180 CSV with a header row, sanitized, for spreadsheets.
    case csv
}

/// The `--output` option shared by the listing commands.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, json or csv.")
    var output: OutputFormat = .table

    /// Prints a result in the chosen format: `document` for JSON, `header`/`rows` otherwise.
    func emit<Document: Encodable>(_ document: Document, header: [String], rows: [[String]]) throws {
        let text: String
        switch output {
        case .json: text = try JSONOutput.render(document)
        case .csv: text = CSVOutput.render(header: header, rows: rows)
        case .table: text = TableOutput.render(header: header, rows: rows)
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
