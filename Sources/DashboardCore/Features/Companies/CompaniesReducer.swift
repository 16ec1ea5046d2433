import GoToAssistAPI

/// The Companies pane's own logic: the server pages (50 at a time), searches and sorts.
///
/// Its `/` filter narrows the loaded rows at once and becomes the server-side search after a
/// pause (`searchDebounce`) or on Enter; its sort is the server's sortField/sortOrder.
struct CompaniesReducer {
    let environment: DashboardEnvironment

    /// How long typing pauses before the search goes out.
    static let searchDebounce = 0.3

    func reduce(_ state: inout DashboardState, _ action: CompaniesAction) -> Effect<DashboardAction> {
        switch action {
        case .response(let offset, let result):
            return response(&state, offset: offset, result)
        case .searchDebounced:
            return searchFilter(&state)
        }
    }

    /// Re-reads as many pages as are loaded, so a refresh doesn't drop what was scrolled to.
    func fetch(_ state: inout DashboardState) -> Effect<DashboardAction> {
        guard !state.companies.loadingMore else { return .none }
        state.companies.refresh.begin(at: environment.clock.now())
        let pages = max(1, (state.companies.loaded.count + CompaniesState.pageSize - 1) / CompaniesState.pageSize)
        let companies = state.companies
        let fetchCompanies = environment.fetchCompanies
        return .request(id: .refresh(.companies), {
            var all: [Company] = []
            var total = 0
            for index in 0..<pages {
                let page = try await fetchCompanies(companies.query(offset: index * CompaniesState.pageSize))
                all += page.companies
                total = page.totalNumCompanies
                if all.count >= total || page.companies.isEmpty { break }
            }
            return CompanyPage(totalNumCompanies: total, companies: all)
        }) { .companies(.response(offset: 0, $0)) }
    }

    private func response(_ state: inout DashboardState, offset: Int, _ result: Result<CompanyPage, APIError>) -> Effect<DashboardAction> {
        let now = environment.clock.now()
        if offset == 0 { state.companies.refresh.inFlight = false } else { state.companies.loadingMore = false }
        switch result {
        case .success(let page):
            if offset == 0 {
                state.companies.loaded = page.companies
            } else {
                // Keep what is loaded; drop anything the new page repeats (the data may shift).
                let known = Set(state.companies.loaded.map(\.companyId))
                state.companies.loaded += page.companies.filter { !known.contains($0.companyId) }
            }
            state.companies.total = page.totalNumCompanies
            state.companies.table.setItems(state.companies.loaded.map(CompanyRow.init), now: now)
            PaneRefresh.succeeded(&state.companies.refresh, now: now)
        case .failure(let error):
            PaneRefresh.failed(&state, .companies, error, environment)
        }
        return offset == 0 ? PaneRefresh.rearm(&state, .companies, environment) : .none
    }

    /// Runs the filter as the server-side search, unless it is the one already shown.
    func searchFilter(_ state: inout DashboardState) -> Effect<DashboardAction> {
        let text = state.companies.table.filter
        guard state.companies.search != text else { return .none }
        state.companies.search = text
        return reload(&state)
    }

    /// `s`/`S` changed the table's sort: the server sorts, from the first page.
    func sorted(_ state: inout DashboardState) -> Effect<DashboardAction> {
        state.companies.sortField = state.companies.table.sortColumn == 0 ? .companyId : .companyName
        state.companies.descending = state.companies.table.sortDescending
        return reload(&state)
    }

    /// Reloads from the first page, superseding a refresh or page load in flight.
    func reload(_ state: inout DashboardState) -> Effect<DashboardAction> {
        state.companies.loaded = []
        state.companies.total = 0
        state.companies.loadingMore = false
        state.companies.refresh.inFlight = false
        return PaneRefresh.start(&state, .companies, environment)
    }

    /// Fetches the next page when the selection nears the end of what is loaded.
    func loadMoreIfNeeded(_ state: inout DashboardState) -> Effect<DashboardAction> {
        let companies = state.companies
        guard companies.hasMore, !companies.loadingMore, !companies.refresh.inFlight,
              let index = companies.table.selectedIndex,
              index >= companies.table.rows.count - max(5, companies.table.pageSize / 2)
        else { return .none }
        state.companies.loadingMore = true
        let offset = companies.loaded.count
        let query = companies.query(offset: offset)
        let fetchCompanies = environment.fetchCompanies
        return .request(id: .refresh(.companies), { try await fetchCompanies(query) }) {
            .companies(.response(offset: offset, $0))
        }
    }
}
