import Hummingbird

/// The gateway in front of every authenticated `/G2A/rest/v1` endpoint: latency, token check,
/// rate limit, injected 500s, then the transport faults applied to the handler's response.
struct APIGateMiddleware: RouterMiddleware {
    typealias Context = SimulatorRequestContext

    let state: SimulatorState

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let faults = await state.currentFaults()
        if faults.latencyMs > 0 {
            try await Task.sleep(for: .milliseconds(faults.latencyMs))
        }
        let token = Self.token(from: request)
        let caller = try await state.authenticate(token)
        if let token { try await state.consumeRateLimit(for: token) }
        if await state.shouldInjectError() { throw SimulatorError.internalError }
        var context = context
        context.caller = caller
        let response = try await next(request, context)
        guard let fault = faults.fault, fault != .expiredToken else { return response }
        return try await FaultInjector.apply(fault, to: response)
    }

    /// The access token from `Authorization: Bearer t`, `Authorization: OAuth oauth_token=t`
    /// (schemes case-insensitive) or `?oauth_token=t`.
    static func token(from request: Request) -> String? {
        if let header = request.headers[.authorization] {
            let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
            if parts.count == 2 {
                let scheme = parts[0].lowercased()
                let value = parts[1].trimmingCharacters(in: .whitespaces)
                if scheme == "bearer" { return value }
                if scheme == "oauth" {
                    let pair = value.split(separator: "=", maxSplits: 1)
                    if pair.count == 2, pair[0].lowercased() == "oauth_token" { return String(pair[1]) }
                }
            }
            return nil
        }
        return request.uri.queryParameters["oauth_token"].map(String.init)
    }
}
