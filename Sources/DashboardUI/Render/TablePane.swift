import DashboardCore

/// What a list pane shows besides its rows: columns, heading, empty text and footer.
///
/// Each pane view (Sessions, Companies, Recordings) builds one; ``TablePaneView`` draws it, so
/// boxes, headers, selection and scrolling look and behave the same in every pane.
struct TablePane {
    /// Which pane this is (for its number and footer space).
    var id: PaneID
    /// All columns, in display order; some may be dropped when the pane is narrow.
    var columns: [PaneColumn]
    /// Title and freshness.
    var heading: PaneHeading
    /// The column to mark with a sort arrow, if any.
    var sortColumn: Int?
    /// Whether the arrow points down.
    var sortDescending = false
    /// Shown in place of the rows when there are none (loading, error, empty, no match).
    var emptyBody: Span?
    /// The line under the table, for panes that have one.
    var footer: [Span] = []

    /// Returns what a pane with no rows on screen says, or nil when it has rows.
    ///
    /// - Parameters:
    ///   - rows: rows on screen (after the filter).
    ///   - items: rows the last refresh delivered (before the filter).
    ///   - filter: the filter that may have hidden every item.
    ///   - whenEmpty: what a successful, empty answer means, e.g. `no companies`.
    static func emptyBody<Row>(
        _ table: TableState<Row>, refresh: RefreshStatus, whenEmpty: String, symbols: Symbols
    ) -> Span? {
        emptyBody(rows: table.rows.count, items: table.items.count, filter: table.filter, refresh: refresh,
                  whenEmpty: whenEmpty, symbols: symbols)
    }

    /// The same, from the counts (for tests and callers without a table).
    static func emptyBody(
        rows: Int, items: Int, filter: String, refresh: RefreshStatus, whenEmpty: String,
        symbols: Symbols
    ) -> Span? {
        guard rows == 0 else { return nil }
        if items > 0 {
            return Span("no rows match /" + TextSanitizer.sanitize(filter), .textFaint)
        }
        if refresh.lastSuccess == nil {
            if refresh.isStale {
                let error = refresh.lastError.map(TextSanitizer.sanitize) ?? "request failed"
                return Span(error + symbols.dot + "retry \(refresh.failures)", .messageError)
            }
            return Span(symbols.plain(refresh.inFlight ? "loading…" : "not loaded yet"), .textFaint)
        }
        return Span(whenEmpty, .textFaint)
    }
}
