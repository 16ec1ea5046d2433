import GoToAssistAPI

extension PaneID {
    public static let companies = PaneID("companies")
}

/// The Companies pane as the registry knows it: server-side search, sort and paging.
enum CompaniesPane {
    static let descriptor = PaneDescriptor(
        id: .companies, title: "Companies", columns: CompanyRow.columns, tickSlot: 5, footerRows: 1,
        interval: { $0.companiesInterval },
        table: \DashboardState.companies.table, refresh: \DashboardState.companies.refresh,
        hooks: PaneHooks(
            fetch: { state, environment in CompaniesReducer(environment: environment).fetch(&state) },
            filterEdited: { _, environment in
                // The debounce only searches: it must not end editing, or every letter typed
                // after a pause would run as a command (`n` opened the start form, `q` quit).
                .after(CompaniesReducer.searchDebounce, id: .companySearchDebounce, clock: environment.clock,
                       send: .companies(.searchDebounced))
            },
            filterSubmitted: { state, environment in
                .batch([.cancel(.companySearchDebounce), CompaniesReducer(environment: environment).searchFilter(&state)])
            },
            filterCleared: { state, environment in
                .batch([.cancel(.companySearchDebounce), CompaniesReducer(environment: environment).searchFilter(&state)])
            },
            sorted: { state, environment in CompaniesReducer(environment: environment).sorted(&state) },
            moved: { state, environment in CompaniesReducer(environment: environment).loadMoreIfNeeded(&state) },
            opened: { state, key, environment in MachinesReducer(environment: environment).open(&state, key: key) },
            detail: { state, key, _, _ in
                let companies = state.companies
                if let company = companies.loaded.first(where: { $0.companyId == key }) {
                    var fields = [PaneDetailField("company id", company.companyId)]
                    if let name = company.companyName { fields.append(PaneDetailField("name", name)) }
                    return PaneDetail(title: "Company " + key, fields: fields)
                }
                // Rows are already sanitized; sanitizing again changes nothing.
                return companies.table.items.first { $0.key == key }.map {
                    PaneDetail(title: "Company " + key,
                               fields: [PaneDetailField("company id", $0.companyId), PaneDetailField("name", $0.name)])
                }
            }))
}
