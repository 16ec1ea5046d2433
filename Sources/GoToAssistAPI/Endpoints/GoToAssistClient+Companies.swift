extension GoToAssistClient {
    /// One page of companies: `GET /companies`. "No companies found" (404) is an empty page.
    public func companies(_ query: CompanyQuery = CompanyQuery()) async throws -> CompanyPage {
        guard (1...CompanyQuery.maxLimit).contains(query.limit), query.offset >= 0 else {
            throw APIError.invalidRequest(message: "companies: limit must be 1…\(CompanyQuery.maxLimit) and offset ≥ 0")
        }
        var items: [(String, String)] = [("limit", String(query.limit)), ("offset", String(query.offset))]
        if let search = query.search, !search.isEmpty { items.append(("q", search)) }
        if let field = query.sortField { items.append(("sortField", field.rawValue)) }
        if let order = query.sortOrder { items.append(("sortOrder", order.rawValue)) }
        do {
            let response = try await call("GET", "/companies", query: items)
            return try APIJSON.decode(CompanyPage.self, from: response.body)
        } catch APIError.notFound {
            return CompanyPage(totalNumCompanies: 0, companies: [])
        }
    }

    /// Every company matching a query, walking all pages of at most 50.
    public func allCompanies(search: String? = nil, sortField: CompanyQuery.SortField? = nil,
                             sortOrder: CompanyQuery.SortOrder? = nil) async throws -> [Company] {
        var all: [Company] = []
        var query = CompanyQuery(search: search, limit: CompanyQuery.maxLimit, offset: 0,
                                 sortField: sortField, sortOrder: sortOrder)
        while true {
            let page = try await companies(query)
            all += page.companies
            query.offset += page.companies.count
            if page.companies.isEmpty || query.offset >= page.totalNumCompanies { return all }
        }
    }

    /// One page of a company's unattended machines: `GET /companies/{id}/machines`.
    /// "No machines found" (404) is an empty page.
    public func machines(companyId: String, limit: Int = 50, offset: Int = 0) async throws -> MachinePage {
        let path = "/companies/\(QueryString.escape(companyId))/machines"
        do {
            let response = try await call("GET", path, query: [("limit", String(limit)), ("offset", String(offset))])
            return try APIJSON.decode(MachinePage.self, from: response.body)
        } catch APIError.notFound {
            return MachinePage(totalNumMachines: 0, machines: [])
        }
    }

    /// Every machine of a company, walking all pages.
    public func allMachines(companyId: String) async throws -> [Machine] {
        var all: [Machine] = []
        while true {
            let page = try await machines(companyId: companyId, limit: 50, offset: all.count)
            all += page.machines
            if page.machines.isEmpty || all.count >= page.totalNumMachines { return all }
        }
    }
}
