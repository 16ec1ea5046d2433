import Hummingbird

/// Refuses `/_sim/` control calls from anything but loopback, since they need no token.
struct LoopbackOnlyMiddleware: RouterMiddleware {
    typealias Context = SimulatorRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard context.isLoopback else {
            throw SimulatorError.forbidden("Control endpoints are available to loopback clients only")
        }
        return try await next(request, context)
    }
}
