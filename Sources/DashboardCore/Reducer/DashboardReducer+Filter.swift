/// The `/` filter and the `s`/`S` sort, per pane.
///
/// Sessions and recordings filter and sort the loaded rows. Companies page on the server, so
/// their filter becomes the server-side search (debounced while typing) and their sort the
/// server's sortField/sortOrder; the loaded rows are narrowed at once while the search runs.
extension DashboardReducer {
    static let companySearchDebounce = 0.3

    func filterOrSort(_ state: inout DashboardState, _ action: DashboardAction) -> Effect<DashboardAction> {
        switch action {
        case .filterKeyPressed:
            guard state.overlay == nil else { return .none }
            setEditingFilter(&state, true)
            return .none

        case .filterEdited(let text):
            let clean = TextSanitizer.sanitize(text)
            switch state.focus {
            case .sessions: state.sessions.table.setFilter(clean)
            case .recordings: state.recordings.table.setFilter(clean)
            case .companies:
                state.companies.table.setFilter(clean)
                let clock = environment.clock
                // The debounce only searches: it must not end editing, or every letter typed
                // after a pause would run as a command (`n` opened the start form, `q` quit).
                return .run(id: .companySearchDebounce) { send in
                    do { try await clock.sleep(Self.companySearchDebounce) } catch { return }
                    await send(.companySearchDebounced)
                }
            }
            return .none

        case .companySearchDebounced:
            return searchCompanies(&state, state.companies.table.filter)

        case .filterSubmitted:
            setEditingFilter(&state, false)
            if state.focus == .companies {
                return .batch([.cancel(.companySearchDebounce), searchCompanies(&state, state.companies.table.filter)])
            }
            return .none

        case .sortKeyPressed, .sortReverseKeyPressed:
            let reverse = action == .sortReverseKeyPressed
            switch state.focus {
            case .sessions:
                let count = SessionRow.columns.count
                if reverse { state.sessions.table.reverseSort(columnCount: count) } else { state.sessions.table.sortByNextColumn(columnCount: count) }
            case .recordings:
                let count = RecordingRow.columns.count
                if reverse { state.recordings.table.reverseSort(columnCount: count) } else { state.recordings.table.sortByNextColumn(columnCount: count) }
            case .companies:
                let count = CompanyRow.columns.count
                if reverse { state.companies.table.reverseSort(columnCount: count) } else { state.companies.table.sortByNextColumn(columnCount: count) }
                state.companies.sortField = state.companies.table.sortColumn == 0 ? .companyId : .companyName
                state.companies.descending = state.companies.table.sortDescending
                return reloadCompanies(&state)
            }
            return .none

        default:
            return .none
        }
    }

    /// Esc: clears the focused pane's filter and stops editing.
    func clearFilter(_ state: inout DashboardState) -> Effect<DashboardAction> {
        setEditingFilter(&state, false)
        switch state.focus {
        case .sessions: state.sessions.table.setFilter("")
        case .recordings: state.recordings.table.setFilter("")
        case .companies:
            state.companies.table.setFilter("")
            return .batch([.cancel(.companySearchDebounce), searchCompanies(&state, "")])
        }
        return .none
    }

    func currentFilter(_ state: DashboardState) -> String {
        switch state.focus {
        case .sessions: state.sessions.table.filter
        case .companies: state.companies.table.filter
        case .recordings: state.recordings.table.filter
        }
    }

    func stopEditingFilter(_ state: inout DashboardState) {
        setEditingFilter(&state, false)
    }

    private func setEditingFilter(_ state: inout DashboardState, _ editing: Bool) {
        switch state.focus {
        case .sessions: state.sessions.table.isEditingFilter = editing
        case .companies: state.companies.table.isEditingFilter = editing
        case .recordings: state.recordings.table.isEditingFilter = editing
        }
    }

    /// Runs a server-side company search, unless it is the one already shown.
    private func searchCompanies(_ state: inout DashboardState, _ text: String) -> Effect<DashboardAction> {
        guard state.companies.search != text else { return .none }
        state.companies.search = text
        return reloadCompanies(&state)
    }

    /// Reloads companies from the first page, superseding a refresh or page load in flight.
    func reloadCompanies(_ state: inout DashboardState) -> Effect<DashboardAction> {
        state.companies.loaded = []
        state.companies.total = 0
        state.companies.loadingMore = false
        state.companies.refresh.inFlight = false
        return startRefresh(&state, .companies)
    }

    /// Fetches the next page of companies when the selection nears the end of what is loaded.
    func loadMoreCompaniesIfNeeded(_ state: inout DashboardState) -> Effect<DashboardAction> {
        let companies = state.companies
        guard companies.hasMore, !companies.loadingMore, !companies.refresh.inFlight,
              let index = companies.table.selectedIndex,
              index >= companies.table.rows.count - max(5, companies.table.pageSize / 2)
        else { return .none }
        state.companies.loadingMore = true
        let offset = companies.loaded.count
        let query = companies.query(offset: offset)
        let env = environment
        return .run(id: .refresh(.companies)) { send in
            do {
                await send(.companiesResponse(offset: offset, .success(try await env.fetchCompanies(query))))
            } catch {
                await send(.companiesResponse(offset: offset, .failure(Self.apiError(error))))
            }
        }
    }
}
