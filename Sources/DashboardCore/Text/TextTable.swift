/// Lays out rows of already-sanitized cells into columns aligned by display width.
///
/// Used by the headless `--output table` and by panes that draw tabular data. Cells must have
/// been through ``TextSanitizer``: a table never sanitizes, so it can't double-escape.
///
/// Column widths are found in three steps:
/// 1. each column's natural width is its widest cell (and header), clamped to
///    `minWidth...maxWidth`;
/// 2. with a `totalWidth`, leftover space goes to the flexible columns (split evenly, each
///    still capped by its `maxWidth`);
/// 3. when the natural widths do not fit, flexible columns shrink first, then the others,
///    always the widest first, but none below its `minWidth`. If even the minimum widths do
///    not fit, each rendered line is cut at `totalWidth` with the ellipsis.
///
/// Cells that are too wide for their column end in the ellipsis; wide characters are never
/// split.
public struct TextTable: Sendable, Equatable {
    /// The columns, left to right.
    public var columns: [Column]
    /// The text between two columns; two spaces by default, like `kubectl` and `ps`.
    public var separator: String
    /// What truncated cells end with; pass `"..."` when the terminal is not UTF-8.
    public var ellipsis: String

    /// Creates a table with the given columns.
    public init(columns: [Column], separator: String = "  ", ellipsis: String = "…") {
        self.columns = columns
        self.separator = separator
        self.ellipsis = ellipsis
    }

    /// Computes column widths and offsets for `rows`, optionally fitted into `totalWidth`.
    ///
    /// Rows may have fewer cells than there are columns (missing cells are empty); extra
    /// cells are ignored.
    public func layout(rows: [[String]], totalWidth: Int? = nil, includeHeader: Bool = true)
        -> Layout
    {
        var widths = naturalWidths(rows: rows, includeHeader: includeHeader)
        if let totalWidth {
            let separators = DisplayWidth.width(separator) * max(0, columns.count - 1)
            fit(&widths, into: max(0, totalWidth - separators))
        }
        return Layout(
            widths: widths,
            alignments: columns.map(\.alignment),
            separator: separator,
            ellipsis: ellipsis
        )
    }

    /// Renders the header (optionally) and `rows` as lines of text.
    ///
    /// With `trimsTrailingSpaces` (the default, right for printed output) padding at the end
    /// of a line is dropped; panes that need exact-width lines pass `false`.
    public func render(
        rows: [[String]],
        totalWidth: Int? = nil,
        includeHeader: Bool = true,
        trimsTrailingSpaces: Bool = true
    ) -> [String] {
        let layout = layout(rows: rows, totalWidth: totalWidth, includeHeader: includeHeader)
        let allRows = includeHeader ? [columns.map(\.header)] + rows : rows
        return allRows.map { row in
            var line = layout.line(for: row)
            if let totalWidth, DisplayWidth.width(line) > totalWidth {
                line = DisplayWidth.truncate(line, toWidth: totalWidth, ellipsis: ellipsis)
            }
            if trimsTrailingSpaces {
                while line.last == " " { line.removeLast() }
            }
            return line
        }
    }

    // MARK: - Width computation

    private func naturalWidths(rows: [[String]], includeHeader: Bool) -> [Int] {
        columns.indices.map { index in
            let column = columns[index]
            var widest = includeHeader ? DisplayWidth.width(column.header) : 0
            for row in rows where index < row.count {
                widest = max(widest, DisplayWidth.width(row[index]))
            }
            return column.clamp(widest)
        }
    }

    private func fit(_ widths: inout [Int], into available: Int) {
        let total = widths.reduce(0, +)
        let flexible = columns.indices.filter { columns[$0].isFlexible }
        if total < available {
            grow(&widths, indices: flexible, by: available - total)
        } else if total > available {
            let remaining = shrink(&widths, indices: flexible, by: total - available)
            let fixed = columns.indices.filter { !columns[$0].isFlexible }
            _ = shrink(&widths, indices: fixed, by: remaining)
        }
    }

    /// Shares `extra` columns evenly among `indices`, respecting each column's maximum.
    private func grow(_ widths: inout [Int], indices: [Int], by extra: Int) {
        var extra = extra
        var open = indices
        while extra > 0, !open.isEmpty {
            let share = max(1, extra / open.count)
            for index in open where extra > 0 {
                let room = (columns[index].maxWidth ?? Int.max) - widths[index]
                let added = min(share, room, extra)
                widths[index] += added
                extra -= added
            }
            open.removeAll { widths[$0] >= (columns[$0].maxWidth ?? Int.max) }
        }
    }

    /// Narrows the widest of `indices` one column at a time; returns what could not be taken.
    private func shrink(_ widths: inout [Int], indices: [Int], by excess: Int) -> Int {
        var excess = excess
        while excess > 0 {
            let candidates = indices.filter { widths[$0] > columns[$0].minWidth }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            // Take down to the next-widest column (or the minimum) in one step, so a single
            // very long cell doesn't cost one loop round per column.
            let next = candidates.filter { $0 != widest }.map { widths[$0] }.max() ?? 0
            let floor = max(columns[widest].minWidth, next, widths[widest] - excess)
            let taken = max(1, widths[widest] - floor)
            widths[widest] -= taken
            excess -= taken
        }
        return excess
    }
}
