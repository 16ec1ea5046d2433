import Hummingbird

/// GET and POST /systemLinks: the partner-system links GoToAssist calls back into (API-FACTS 6.8, 6.9).
struct SystemLinksController {
    let state: SimulatorState
    let stringifyIDs: Bool

    func addRoutes(to api: RouterGroup<SimulatorRequestContext>) {
        api.get("systemLinks", use: list)
        api.post("systemLinks", use: upsert)
    }

    @Sendable func list(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let domain = try QueryParameters(request).required("systemDomain")
        let links = await state.systemLinks(domain: domain, caller: caller)
        return JSONResponse.make(links, stringifyIDs: stringifyIDs)
    }

    struct Body: Decodable {
        struct Callbacks: Decodable {
            var createObject: Bool?
            var searchObjects: Bool?
            var associateObject: Bool?
        }

        var systemName: String?
        var systemDomain: String?
        var userEmail: String?
        var userToken: String?
        var callbackURL: String?
        var supportedCallbacks: Callbacks?
    }

    @Sendable func upsert(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let caller = try context.requireCaller()
        let body = try await RequestBodyReader.json(Body.self, from: request)
        func required(_ value: String?, _ name: String) throws -> String {
            guard let value, !value.isEmpty else { throw SimulatorError.invalidRequest("Missing required field \(name)") }
            return value
        }
        let link = SystemLink(
            ownerKey: "",
            systemName: try required(body.systemName, "systemName"),
            systemDomain: try required(body.systemDomain, "systemDomain"),
            userEmail: try required(body.userEmail, "userEmail"),
            userToken: try required(body.userToken, "userToken"),
            callbackURL: try required(body.callbackURL, "callbackURL"),
            createObject: body.supportedCallbacks?.createObject ?? false,
            searchObjects: body.supportedCallbacks?.searchObjects ?? false,
            associateObject: body.supportedCallbacks?.associateObject ?? false
        )
        guard EmailAddress.isValid(link.userEmail) else { throw SimulatorError.invalidRequest("Invalid userEmail") }
        guard EmailAddress.isHTTPURL(link.callbackURL) else { throw SimulatorError.invalidRequest("Invalid callback URL") }
        let stored = await state.upsertSystemLink(link, caller: caller)
        return JSONResponse.make(stored, stringifyIDs: stringifyIDs)
    }
}
