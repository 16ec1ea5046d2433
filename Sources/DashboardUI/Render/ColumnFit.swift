import DashboardCore

/// Which columns of a pane are shown, in what form and how wide, for the space available.
///
/// Three steps, so a narrow pane loses whole columns instead of truncating every one:
/// 1. while the planned widths don't fit, drop the column with the lowest drop rank (Sessions
///    drops TICKET, then WAITED, …);
/// 2. if the rows on screen still don't fit at their natural widths, switch columns that have a
///    compact form to it;
/// 3. let ``TextTable`` share out the rest: flexible columns (names) grow or shrink first.
struct ColumnFit {
    /// The separator between columns.
    static let separator = "  "

    /// Indices (into the pane's columns) of the columns shown, left to right.
    let shown: [Int]
    /// The header of each shown column, with the sort arrow on the sorted one.
    let headers: [String]
    /// Widths and offsets of the shown columns.
    let layout: TextTable.Layout
    /// Whether the sorted column is among the shown ones, and where.
    let sortedPosition: Int?
    private let compacted: [(@Sendable (String) -> String)?]

    /// Fits `columns` into `width` for the cells of the visible rows.
    init(
        columns: [PaneColumn], rows: [[String]], width: Int, sortColumn: Int?,
        sortDescending: Bool, symbols: Symbols
    ) {
        var shown = Array(columns.indices)
        let droppable = columns.indices.filter { columns[$0].dropRank != nil }
            .sorted { columns[$0].dropRank! < columns[$1].dropRank! }
        for candidate in droppable {
            let planned = shown.map { columns[$0].plannedWidth }.reduce(0, +)
                + Self.separator.count * max(0, shown.count - 1)
            if planned <= width { break }
            shown.removeAll { $0 == candidate }
        }
        self.shown = shown
        let sortedPosition = sortColumn.flatMap { shown.firstIndex(of: $0) }
        self.sortedPosition = sortedPosition
        headers = shown.enumerated().map { position, index in
            let header = columns[index].column.header
            return position == sortedPosition
                ? header + " " + symbols.sortArrow(descending: sortDescending) : header
        }
        let table = TextTable(
            columns: zip(shown, headers).map { index, header in
                var column = columns[index].column
                column.header = header
                return column
            },
            separator: Self.separator, ellipsis: symbols.ellipsis)
        var cells = rows.map { row in shown.map { $0 < row.count ? row[$0] : "" } }
        var compacted: [(@Sendable (String) -> String)?] = shown.map { _ in nil }
        if table.layout(rows: cells).totalWidth > width {
            compacted = shown.map { columns[$0].compact }
            cells = cells.map { row in zip(row, compacted).map { $1?($0) ?? $0 } }
        }
        self.compacted = compacted
        layout = table.layout(rows: cells, totalWidth: width)
    }

    /// Returns the text of a shown column's cell, in the form the fit chose.
    func text(_ cell: String, position: Int) -> String {
        compacted[position]?(cell) ?? cell
    }
}
