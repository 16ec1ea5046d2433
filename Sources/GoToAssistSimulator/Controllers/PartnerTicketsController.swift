import Hummingbird

/// The mock partner helpdesk that GoToAssist calls back into: search, create and associate tickets
/// (API-FACTS 6.10). It authenticates calls by the `userToken` registered in the seeded system link.
struct PartnerTicketsController {
    static let path = "partner/tickets"

    let state: SimulatorState

    func addRoutes(to router: Router<SimulatorRequestContext>) {
        router.get(RouterPath(Self.path), use: search)
        router.post(RouterPath(Self.path), use: create)
        router.put(RouterPath(Self.path), use: associate)
    }

    @Sendable func search(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let query = QueryParameters(request)
        let limit = try query.integer("limit", in: 1...100, default: 10)
        let offset = try query.integer("offset", in: 0...Int.max, default: 0)
        let tickets = try await state.searchTickets(
            userToken: query["userToken"], query: query["q"] ?? "", limit: limit, offset: offset
        )
        return JSONResponse.make(tickets, stringifyIDs: false)
    }

    struct CreateBody: Decodable {
        var sessionId: LenientString?
        var userToken: String?
        var title: String?
        var body: String?
    }

    @Sendable func create(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let body = try await RequestBodyReader.json(CreateBody.self, from: request)
        let sessionId = try Self.sessionID(body.sessionId)
        guard let title = body.title, !title.isEmpty else { throw SimulatorError.invalidRequest("Missing title") }
        let ticket = try await state.createTicket(
            userToken: body.userToken, sessionId: sessionId, title: title, body: body.body ?? ""
        )
        return JSONResponse.make(ticket, stringifyIDs: false)
    }

    struct AssociateBody: Decodable {
        var sessionId: LenientString?
        var userToken: String?
        var partnerObject: LenientString?
    }

    @Sendable func associate(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let body = try await RequestBodyReader.json(AssociateBody.self, from: request)
        let sessionId = try Self.sessionID(body.sessionId)
        guard let object = body.partnerObject?.value, !object.isEmpty else {
            throw SimulatorError.invalidRequest("Missing partnerObject")
        }
        try await state.associateTicket(userToken: body.userToken, sessionId: sessionId, partnerObject: object)
        return Response(status: .noContent)
    }

    private static func sessionID(_ value: LenientString?) throws -> Int {
        guard let text = value?.value, let id = QueryParameters.strictInt(text) else {
            throw SimulatorError.invalidRequest("Missing or invalid sessionId")
        }
        return id
    }
}
