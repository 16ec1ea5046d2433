import DashboardCore

/// The Companies pane: id and name, searched and paged by the server.
///
/// The footer says how much of the server's total is loaded, because pages arrive as the
/// selection nears the end: `120 companies · 50 loaded · search: acme · loading more…`.
enum CompaniesPaneView {
    /// The columns, matching `CompanyRow.columns`.
    static let columns: [PaneColumn] = [
        PaneColumn(CompanyRow.columns[0], minWidth: 8, maxWidth: 20, plannedWidth: 10),
        PaneColumn(CompanyRow.columns[1], minWidth: 4, isFlexible: true, plannedWidth: 20),
    ]

    /// Draws the pane open in `box`; returns the cursor position of its selected row if focused.
    static func draw(in box: Rect, isFocused: Bool, context: RenderContext, into grid: inout Grid)
        -> (x: Int, y: Int)?
    {
        TablePaneView.draw(
            pane(context), table: context.state.companies.table, in: box, isFocused: isFocused,
            context: context, into: &grid
        ) { row in
            row.cells.map { Span($0, .textPrimary) }
        }
    }

    /// The heading of the pane, also used by its collapsed bar.
    static func heading(_ context: RenderContext) -> PaneHeading {
        let companies = context.state.companies
        let table = companies.table
        // Once a filter is submitted it is the server's search, and the server's total counts.
        let isServerSearch = table.filter.isEmpty || table.filter == companies.search
        let count = isServerSearch ? "\(companies.total)" : "\(table.rows.count)/\(table.items.count)"
        return PaneHeading(
            pane: .companies, count: count,
            filter: table.filter.isEmpty ? companies.search : table.filter,
            refresh: companies.refresh, context: context)
    }

    private static func pane(_ context: RenderContext) -> TablePane {
        let companies = context.state.companies
        let search = TextSanitizer.sanitize(companies.search)
        // The server sorts; a client-side sort of the loaded rows, if any, takes precedence.
        let sortColumn = companies.table.sortColumn ?? (companies.sortField == .companyId ? 0 : 1)
        let descending = companies.table.sortColumn == nil ? companies.descending : companies.table.sortDescending
        return TablePane(
            id: .companies, columns: columns, heading: heading(context),
            sortColumn: sortColumn, sortDescending: descending,
            emptyBody: TablePane.emptyBody(
                companies.table, refresh: companies.refresh,
                whenEmpty: search.isEmpty ? "no companies" : "no rows match /" + search,
                symbols: context.symbols),
            footer: footer(companies, search: search, symbols: context.symbols))
    }

    private static func footer(_ companies: CompaniesState, search: String, symbols: Symbols) -> [Span] {
        var parts = [
            companies.total == 1 ? "1 company" : "\(companies.total) companies",
            "\(companies.loaded.count) loaded",
        ]
        if !search.isEmpty { parts.append("search: " + search) }
        if companies.loadingMore { parts.append(symbols.plain("loading more…")) }
        return [Span(parts.joined(separator: symbols.dot), .textFaint)]
    }
}

extension CompaniesPaneView {
    /// This pane in `PaneViews`.
    static let view = PaneView(draw: { draw(in: $0, isFocused: $1, context: $2, into: &$3) }, heading: heading)
}
