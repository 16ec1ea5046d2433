/// How GET /companies orders its results.
enum CompanySort: String, Sendable, CaseIterable {
    case companyId, companyName
}

/// Companies and their machines.
extension SimulatorState {
    /// Companies whose name contains `query` (case-insensitive), sorted; ties broken by id.
    func companies(matching query: String?, sort: CompanySort, ascending: Bool) -> [WireCompanyList.Item] {
        var matches = world.companies
        if let query, !query.isEmpty {
            matches = matches.filter { $0.name.localizedCaseInsensitiveContains(query) }
        }
        let keyed = matches.map { ($0, $0.name.lowercased()) }
        var sorted = keyed.sorted { a, b in
            switch sort {
            case .companyId: a.0.id < b.0.id
            case .companyName: a.1 == b.1 ? a.0.id < b.0.id : a.1 < b.1
            }
        }
        // Descending is the exact reverse, ties included, so paging either way is stable.
        if !ascending { sorted.reverse() }
        return sorted.map { WireCompanyList.Item(companyId: WireID($0.0.id), companyName: $0.0.name) }
    }

    /// The machines of a company, or `nil` if the company does not exist.
    func machines(ofCompany id: Int) -> [WireMachineList.Item]? {
        guard let company = world.companies.first(where: { $0.id == id }) else { return nil }
        return company.machines.map {
            WireMachineList.Item(
                machineUuid: $0.uuid, machineName: $0.name, dnsName: $0.dnsName, ipAddresses: $0.ipAddresses,
                machineStatus: $0.status, companyId: WireID($0.companyId)
            )
        }
    }
}
