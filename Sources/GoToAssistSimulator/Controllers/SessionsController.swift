import Hummingbird

/// GET/POST /sessions, GET /sessions/{id or token}, and the unauthenticated GET /session launcher.
struct SessionsController {
    let state: SimulatorState
    let stringifyIDs: Bool

    func addRoutes(to api: RouterGroup<SimulatorRequestContext>) {
        api.get("sessions", use: list)
        api.post("sessions", use: create)
        api.get("sessions/:key", use: single)
        api.get("sessions/:key/events", use: events)
    }

    /// The unauthenticated browser launcher lives beside the API but outside its gate.
    func addLauncherRoute(to router: Router<SimulatorRequestContext>) {
        router.get("G2A/rest/v1/session", use: launch)
    }

    @Sendable func list(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let query = QueryParameters(request)
        _ = try query.requiredSessionType()
        _ = try query.required("fromTime")
        _ = try query.required("toTime")
        guard let from = try query.time("fromTime"), let to = try query.time("toTime") else {
            throw SimulatorError.invalidRequest("fromTime and toTime are required")
        }
        guard from <= to else { throw SimulatorError.invalidRequest("fromTime must not be after toTime") }
        let sessions = await state.sessions(from: from, to: to)
        return JSONResponse.make(
            WireSessionList(totalNumSessions: sessions.count, sessions: sessions), stringifyIDs: stringifyIDs
        )
    }

    @Sendable func single(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let key = context.parameters.get("key") ?? ""
        guard let session = await state.session(forKey: key) else {
            throw SimulatorError.notFound("No session \(key)")
        }
        return JSONResponse.make(session, stringifyIDs: stringifyIDs)
    }

    /// The chat transcript of one session (API-FACTS 8b); 404 when the session is unknown.
    @Sendable func events(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let key = context.parameters.get("key") ?? ""
        guard let events = await state.sessionEvents(forKey: key) else {
            throw SimulatorError.notFound("No session \(key)")
        }
        return JSONResponse.make(events, stringifyIDs: stringifyIDs)
    }

    /// The POST body; every optional field may be `""`, which means absent (API-FACTS quirk 7).
    struct CreateBody: Decodable {
        var sessionType: String?
        var sessionStatusCallbackUrl: String?
        var partnerObject: LenientString?
        var partnerObjectUrl: String?
        var customerName: String?
        var customerEmail: String?
        var machineUuid: String?
    }

    @Sendable func create(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let body = try await RequestBodyReader.json(CreateBody.self, from: request)
        guard let type = body.sessionType, !type.isEmpty else {
            throw SimulatorError.invalidRequest("Missing required parameter sessionType")
        }
        guard type.lowercased() == "screen_sharing" else {
            throw SimulatorError.invalidRequest("Invalid sessionType \(type); only screen_sharing is supported")
        }
        func present(_ value: String?) -> String? { value?.isEmpty == false ? value : nil }
        let email = present(body.customerEmail)
        if let email, !EmailAddress.isValid(email) {
            throw SimulatorError.invalidRequest("Invalid customerEmail")
        }
        let callback = present(body.sessionStatusCallbackUrl)
        if let callback, !EmailAddress.isHTTPURL(callback) {
            throw SimulatorError.invalidRequest("Invalid sessionStatusCallbackUrl")
        }
        let result = try await state.createSession(
            NewSessionRequest(
                callbackURL: callback, partnerObject: present(body.partnerObject?.value),
                partnerObjectUrl: present(body.partnerObjectUrl), customerName: present(body.customerName),
                customerEmail: email, machineUuid: present(body.machineUuid)
            ),
            caller: caller
        )
        return JSONResponse.make(result, stringifyIDs: stringifyIDs)
    }

    @Sendable func launch(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let query = QueryParameters(request)
        _ = try query.requiredSessionType()
        let url = await state.browserLaunchURL()
        if query["layout"]?.lowercased() == "iframe" {
            let html = """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>Start Remote Support</title></head>
                <body><a id="launch" href="\(url)">Start GoToAssist session</a></body></html>
                """
            return Response(
                status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: html))
            )
        }
        return Response(status: .found, headers: [.location: url])
    }
}
