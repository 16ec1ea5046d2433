import Hummingbird

/// Every path the simulator serves with the methods it allows, so any other method on a known
/// path is answered 405 MethodNotAllowed (API-FACTS 8b) instead of Hummingbird's 404.
enum KnownRoutes {
    static let table: [(path: String, methods: [HTTPRequest.Method])] = [
        ("G2A/rest/v1/sessions", [.get, .post]),
        ("G2A/rest/v1/sessions/:key", [.get]),
        ("G2A/rest/v1/session", [.get]),
        ("G2A/rest/v1/companies", [.get]),
        ("G2A/rest/v1/companies/:companyId/machines", [.get]),
        ("G2A/rest/v1/archive/recordings", [.get]),
        ("G2A/rest/v1/archive/recordings/urls", [.get]),
        ("G2A/rest/v1/archive/recordings/transcode", [.post]),
        ("G2A/rest/v1/archive/recordings/transcode/:ids", [.post]),
        ("G2A/rest/v1/archive/recordings/archived", [.put]),
        ("G2A/rest/v1/archive/recordings/archived/:ids", [.put]),
        ("G2A/rest/v1/sessions/:key/events", [.get]),
        ("G2A/rest/v1/systemLinks", [.get, .post]),
        ("_files/recordings/:file", [.get]),
        (PartnerTicketsController.path, [.get, .post, .put]),
        ("oauth/v2/token", [.post]),
        ("oauth/token", [.post]),
        ("oauth/v2/authorize", [.get, .post]),
        ("oauth/authorize", [.get, .post]),
        ("oauth/access_token", [.get, .post]),
        ("_sim/reset", [.post]),
        ("_sim/sessions", [.post]),
        ("_sim/sessions/:key/advance", [.post]),
        ("_sim/clock/advance", [.post]),
        ("_sim/clock", [.get]),
        ("_sim/faults", [.get, .put]),
        ("_sim/requests", [.get, .delete]),
        ("_sim/callbacks", [.get]),
    ]

    static let candidateMethods: [HTTPRequest.Method] = [.get, .post, .put, .delete, .patch, .head, .options]

    static func addMethodNotAllowedRoutes(to router: Router<SimulatorRequestContext>) {
        for (path, allowed) in table {
            // HEAD is generated from GET where GET exists.
            let served = allowed.contains(.get) ? allowed + [.head] : allowed
            let allow = served.map(\.rawValue).joined(separator: ", ")
            for method in candidateMethods where !served.contains(method) {
                router.on(RouterPath(path), method: method) { _, _ -> Response in
                    var error = SimulatorError.methodNotAllowed
                    error.headers[.allow] = allow
                    throw error
                }
            }
        }
    }
}
