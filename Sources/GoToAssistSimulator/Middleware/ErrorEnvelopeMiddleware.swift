import Hummingbird

/// Renders every error as the `{"int_err_code","msg"}` envelope, including Hummingbird's own
/// 404 for unknown paths, so no response ever carries an empty or framework-shaped error body.
struct ErrorEnvelopeMiddleware: RouterMiddleware {
    typealias Context = SimulatorRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as SimulatorError {
            return try error.response(from: request, context: context)
        } catch let error as HTTPError {
            return try Self.envelope(for: error.status).response(from: request, context: context)
        } catch {
            context.logger.debug("Unhandled error", metadata: ["error.type": "\(type(of: error))"])
            return try SimulatorError.internalError.response(from: request, context: context)
        }
    }

    static func envelope(for status: HTTPResponse.Status) -> SimulatorError {
        switch status {
        case .notFound: .notFound("No such resource")
        case .methodNotAllowed: .methodNotAllowed
        case .badRequest: .invalidRequest("Malformed request")
        case .contentTooLarge: SimulatorError(status: status, code: "InvalidRequest", message: "Request body too large")
        default: .internalError
        }
    }
}
