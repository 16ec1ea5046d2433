import Hummingbird

/// GET /archive/recordings and GET /archive/recordings/urls (API-FACTS 6.6, 6.7).
struct RecordingsController {
    static let maxRequestedIDs = 500

    let state: SimulatorState
    let stringifyIDs: Bool

    func addRoutes(to api: RouterGroup<SimulatorRequestContext>) {
        api.get("archive/recordings", use: list)
        api.get("archive/recordings/urls", use: urls)
    }

    @Sendable func list(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let query = QueryParameters(request)
        func key(_ name: String) throws -> Int? {
            guard let value = query[name] else { return nil }
            guard let number = QueryParameters.strictInt(value) else {
                throw SimulatorError.invalidRequest("Invalid \(name): \(value)")
            }
            return number
        }
        let accountKey = try key("accountKey")
        let userKey = try key("userKey")
        let companyId = try key("companyId")
        guard accountKey != nil || userKey != nil || companyId != nil else {
            throw SimulatorError.invalidRequest("At least one of accountKey, userKey or companyId is required")
        }
        var filter = RecordingFilter(
            accountKey: accountKey, userKey: userKey.map(String.init), companyId: companyId, archived: false
        )
        if let type = query["sessionType"] {
            guard type == "0" || type == "1" else {
                throw SimulatorError.invalidRequest("Invalid sessionType \(type); use 0 (attended) or 1 (unattended)")
            }
            filter.unattended = type == "1"
        }
        if let archived = query["archived"] {
            guard archived == "0" || archived == "1" else {
                throw SimulatorError.invalidRequest("Invalid archived \(archived); use 0 or 1")
            }
            filter.archived = archived == "1"
        }
        filter.from = try query.time("fromTime")
        filter.to = try query.time("toTime")
        if let from = filter.from, let to = filter.to, from > to {
            throw SimulatorError.invalidRequest("fromTime must not be after toTime")
        }
        if query["timePeriod"] != nil {
            let days = try query.integer("timePeriod", in: 1...100_000, default: 1)
            let since = await state.now() - Double(days) * 86_400
            filter.from = max(filter.from ?? since, since)
        }
        let ids = try await state.recordingIDs(filter)
        return JSONResponse.make(ids, stringifyIDs: stringifyIDs)
    }

    /// Accepts `recordingIds` (repeated), singular `recordingId`, and comma-separated values.
    /// Checks run in the order API-FACTS 8b fixes: count, syntax, ownership, readiness.
    @Sendable func urls(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let query = QueryParameters(request)
        let raw = (query.all("recordingIds") + query.all("recordingId"))
            .flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard !raw.isEmpty else { throw SimulatorError.invalidRequest("Missing required parameter recordingIds") }
        guard raw.count <= Self.maxRequestedIDs else {
            throw SimulatorError.invalidRequest("At most \(Self.maxRequestedIDs) recordingIds per request")
        }
        let ids = try raw.map { text -> Int in
            guard let id = QueryParameters.strictInt(text) else {
                throw SimulatorError.invalidRequest("Invalid recording id \(text)")
            }
            return id
        }
        let urls = try await state.recordingURLs(ids)
        return JSONResponse.make(urls, stringifyIDs: stringifyIDs)
    }
}
