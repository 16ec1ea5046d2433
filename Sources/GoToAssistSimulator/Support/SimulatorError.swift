import Hummingbird

/// An API failure rendered as the `{"int_err_code":…,"msg":…}` envelope (API-FACTS 4.4).
struct SimulatorError: HTTPResponseError, Sendable {
    let status: HTTPResponse.Status
    let code: String
    let message: String
    var headers: HTTPFields = [:]

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = JSONResponse.make(
            WireErrorEnvelope(int_err_code: code, msg: message), status: status, stringifyIDs: false
        )
        for field in headers {
            response.headers.append(field)
        }
        return response
    }

    static let invalidToken = SimulatorError(status: .forbidden, code: "InvalidToken", message: "Invalid token passed")
    static let notEntitled = SimulatorError(
        status: .unauthorized, code: "NotEntitled",
        message: "The technician is not entitled with a Remote Support seat"
    )
    /// The reason phrase is the one the real gateway sends ("Rate limit quota"), which some clients log.
    static let rateLimited = SimulatorError(
        status: HTTPResponse.Status(code: 429, reasonPhrase: "Rate limit quota"), code: "RateLimited", message: "Rate limit exceeded", headers: [.retryAfter: "1"]
    )
    static let internalError = SimulatorError(
        status: .internalServerError, code: "InternalError", message: "An unhandled error occurred"
    )
    static let methodNotAllowed = SimulatorError(
        status: .methodNotAllowed, code: "MethodNotAllowed", message: "The method is not allowed for this resource"
    )

    static func invalidRequest(_ message: String) -> SimulatorError {
        SimulatorError(status: .badRequest, code: "InvalidRequest", message: message)
    }

    static func notFound(_ message: String) -> SimulatorError {
        SimulatorError(status: .notFound, code: "NotFound", message: message)
    }

    static func forbidden(_ message: String) -> SimulatorError {
        SimulatorError(status: .forbidden, code: "Forbidden", message: message)
    }

    static func unauthorized(_ message: String) -> SimulatorError {
        SimulatorError(status: .unauthorized, code: "Unauthorized", message: message)
    }
}

/// The wire shape of every error body.
struct WireErrorEnvelope: Encodable, Sendable {
    let int_err_code: String
    let msg: String
}
