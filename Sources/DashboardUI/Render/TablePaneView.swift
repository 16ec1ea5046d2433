import DashboardCore

/// Draws an open list pane: box, heading, column headers, visible rows, selection and footer.
///
/// Only the rows in view (`scrollOffset ..< scrollOffset + height`) are formatted and measured,
/// so a pane of 100,000 rows costs the same per frame as one of 40.
enum TablePaneView {
    /// Draws `pane` with the rows of `table` into `box` and returns where the terminal cursor
    /// belongs (the start of the selected row) when the pane has focus.
    ///
    /// `cells` turns a row into its display cells, one span per column, sanitized.
    static func draw<Row: TableRow>(
        _ pane: TablePane, table: TableState<Row>, in box: Rect, isFocused: Bool,
        context: RenderContext, into grid: inout Grid, cells: (Row) -> [Span]
    ) -> (x: Int, y: Int)? {
        guard !box.isEmpty else { return nil }
        let borderStyle = context.style(isFocused ? .borderFocused : .border)
        grid.box(box, style: borderStyle, borders: context.symbols.borders)
        drawHeading(pane, in: box, style: borderStyle, isFocused: isFocused, context: context, into: &grid)

        let area = ScreenLayout.tableArea(of: box)
        let footerRows = ScreenLayout.footerRows(for: pane.id)
        let height = area.height - 1 - footerRows
        guard !area.isEmpty, height >= 0 else { return nil }
        if footerRows > 0 {
            grid.put(
                pane.footer, x: area.x, y: area.maxY - 1, maxWidth: area.width,
                base: context.style(.textPrimary), context: context)
        }

        let visible = visibleRange(table, height: height)
        let rows = visible.map { table.rows[$0] }
        let spans = rows.map(cells)
        let fit = ColumnFit(
            columns: pane.columns, rows: spans.map { $0.map(\.text) }, width: area.width,
            sortColumn: pane.sortColumn, sortDescending: pane.sortDescending, symbols: context.symbols)
        drawColumnHeaders(fit, at: area.x, y: area.y, maxX: area.maxX, context: context, into: &grid)

        if let empty = pane.emptyBody, height > 0 {
            grid.put(
                [empty], x: area.x, y: area.y + 1, maxWidth: area.width, base: context.style(.textPrimary),
                context: context)
        }
        var cursor: (x: Int, y: Int)?
        for (offset, row) in rows.enumerated() {
            let y = area.y + 1 + offset
            var style: Style?
            if row.key == table.selectedKey {
                let selection = context.style(isFocused ? .selection : .selectionUnfocused)
                grid.fill(Rect(x: box.x + 1, y: y, width: box.width - 2, height: 1), style: selection)
                style = selection
                if isFocused { cursor = (area.x, y) }
            }
            drawRow(
                spans[offset], fit: fit, style: style, x: area.x, y: y, maxX: area.maxX, context: context,
                into: &grid)
        }
        return cursor
    }

    /// The indices of the rows in view: from the scroll offset, moved only as far as needed to
    /// keep the selection visible (the page size may lag a resize by a frame).
    static func visibleRange<Row>(_ table: TableState<Row>, height: Int) -> Range<Int> {
        let count = table.rows.count
        guard height > 0, count > 0 else { return 0..<0 }
        var start = min(max(0, table.scrollOffset), max(0, count - height))
        let inView = { (start: Int) in start..<min(count, start + height) }
        if let key = table.selectedKey, !inView(start).contains(where: { table.rows[$0].key == key }),
            let selected = table.selectedIndex
        {
            start = selected < start ? selected : selected - height + 1
        }
        return inView(start)
    }

    // MARK: - Parts

    private static func drawHeading(
        _ pane: TablePane, in box: Rect, style: Style, isFocused: Bool, context: RenderContext,
        into grid: inout Grid
    ) {
        let title = [Span(" " + pane.heading.title + " ", isFocused ? .titleFocused : .title)]
        let freshness = [Span(" " + pane.heading.freshness.text + " ", pane.heading.freshness.role)]
        // Between the corners, keeping one line before the right corner: `┌ title ─ fresh ─┐`.
        // Freshness may take up to half the edge even if that shortens the title: a stale
        // warning matters more than the end of a filter.
        let space = box.width - 3
        let freshRoom = max(0, min(freshness.width, max(space - title.width - 1, space / 2)))
        let titleRoom = max(0, min(title.width, space - freshRoom - 1))
        grid.put(title, x: box.x + 1, y: box.y, maxWidth: titleRoom, base: style, context: context)
        if freshRoom > 0 {
            grid.put(
                freshness, x: box.maxX - 2 - freshRoom, y: box.y, maxWidth: freshRoom, base: style,
                context: context)
        }
    }

    private static func drawColumnHeaders(
        _ fit: ColumnFit, at x: Int, y: Int, maxX: Int, context: RenderContext, into grid: inout Grid
    ) {
        let style = context.style(.tableHeader)
        for (position, header) in fit.headers.enumerated() {
            let cellX = x + fit.layout.offsets[position]
            let drawn = drawCell(
                header, x: cellX, y: y, width: fit.layout.widths[position],
                alignment: fit.layout.alignments[position], maxX: maxX, style: style,
                ellipsis: context.symbols.ellipsis, into: &grid)
            // Re-draw the arrow (the header's last character) in its own role, if it survived.
            if position == fit.sortedPosition, let arrow = header.last, drawn.text.last == arrow {
                grid.put(
                    String(arrow), x: drawn.end - 1, y: y, style: context.style(.tableSortIndicator),
                    maxWidth: max(0, maxX - drawn.end + 1))
            }
        }
    }

    private static func drawRow(
        _ spans: [Span], fit: ColumnFit, style: Style?, x: Int, y: Int, maxX: Int,
        context: RenderContext, into grid: inout Grid
    ) {
        let base = context.style(.textPrimary)
        for (position, index) in fit.shown.enumerated() where index < spans.count {
            let span = spans[index]
            drawCell(
                fit.text(span.text, position: position), x: x + fit.layout.offsets[position],
                y: y, width: fit.layout.widths[position], alignment: fit.layout.alignments[position],
                maxX: maxX, style: style ?? context.style(span.role, on: base),
                ellipsis: context.symbols.ellipsis, into: &grid)
        }
    }

    /// Draws one cell, truncated and aligned but not padded (padding would carry the cell's
    /// underline or colour into the gap); returns the text drawn and the column after it.
    @discardableResult
    private static func drawCell(
        _ text: String, x: Int, y: Int, width: Int, alignment: TextAlignment, maxX: Int,
        style: Style, ellipsis: String, into grid: inout Grid
    ) -> (text: String, end: Int) {
        let fitted = DisplayWidth.truncate(text, toWidth: width, ellipsis: ellipsis)
        let gap = width - DisplayWidth.width(fitted)
        let start = switch alignment {
        case .left: x
        case .right: x + gap
        case .center: x + gap / 2
        }
        let used = grid.put(fitted, x: start, y: y, style: style, maxWidth: max(0, maxX - start))
        return (fitted, start + used)
    }
}
