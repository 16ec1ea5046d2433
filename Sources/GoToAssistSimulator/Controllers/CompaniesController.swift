import Hummingbird

/// GET /companies and GET /companies/{companyId}/machines, with their paging rules (API-FACTS 6.5).
struct CompaniesController {
    let state: SimulatorState
    let stringifyIDs: Bool

    func addRoutes(to api: RouterGroup<SimulatorRequestContext>) {
        api.get("companies", use: companies)
        api.get("companies/:companyId/machines", use: machines)
    }

    /// `limit` (1...50, default 50) and `offset` (≥ 0, default 0); anything else is a 400.
    static func page(_ query: QueryParameters) throws -> (limit: Int, offset: Int) {
        let limit = try query.integer("limit", in: 1...50, default: 50)
        let offset = try query.integer("offset", in: 0...Int.max, default: 0)
        return (limit, offset)
    }

    @Sendable func companies(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let query = QueryParameters(request)
        let (limit, offset) = try Self.page(query)
        let sortField = query["sortField"] ?? "companyName"
        guard let sort = CompanySort.allCases.first(where: { $0.rawValue.lowercased() == sortField.lowercased() }) else {
            throw SimulatorError.invalidRequest("Invalid sortField \(sortField); use companyId or companyName")
        }
        let sortOrder = (query["sortOrder"] ?? "asc").lowercased()
        guard sortOrder == "asc" || sortOrder == "desc" else {
            throw SimulatorError.invalidRequest("Invalid sortOrder \(sortOrder); use asc or desc")
        }
        let matches = await state.companies(matching: query["q"], sort: sort, ascending: sortOrder == "asc")
        guard !matches.isEmpty else { throw SimulatorError.notFound("No companies found") }
        let page = Array(matches.dropFirst(offset).prefix(limit))
        return JSONResponse.make(
            WireCompanyList(totalNumCompanies: matches.count, companies: page), stringifyIDs: stringifyIDs
        )
    }

    @Sendable func machines(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let (limit, offset) = try Self.page(QueryParameters(request))
        let raw = context.parameters.get("companyId") ?? ""
        guard let id = QueryParameters.strictInt(raw), let machines = await state.machines(ofCompany: id) else {
            throw SimulatorError.notFound("No company \(raw)")
        }
        guard !machines.isEmpty else { throw SimulatorError.notFound("No machines found") }
        let page = Array(machines.dropFirst(offset).prefix(limit))
        return JSONResponse.make(
            WireMachineList(totalNumMachines: machines.count, machines: page), stringifyIDs: stringifyIDs
        )
    }
}
