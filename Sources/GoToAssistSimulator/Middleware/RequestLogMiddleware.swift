import Hummingbird

/// Records each API request (method, path, redacted query, status) for `GET /_sim/requests`.
///
/// Token values never enter the log: `oauth_token` query values are replaced and headers are not
/// recorded at all.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = SimulatorRequestContext

    let state: SimulatorState

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let path = request.uri.path
        guard path.hasPrefix("/G2A/") else { return try await next(request, context) }
        let response = try await next(request, context)
        await state.recordRequest(
            RequestLogEntry(
                method: request.method.rawValue, path: path, query: Self.redact(request.uri.query ?? ""),
                status: Int(response.status.code)
            )
        )
        return response
    }

    /// The raw query string with every `oauth_token` value replaced by `REDACTED`.
    static func redact(_ query: String) -> String {
        query.split(separator: "&", omittingEmptySubsequences: false).map { pair in
            let key = pair.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            return key.lowercased() == "oauth_token" ? "\(key)=REDACTED" : String(pair)
        }.joined(separator: "&")
    }
}
