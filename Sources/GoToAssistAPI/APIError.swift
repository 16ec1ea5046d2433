/// What can go wrong talking to the API, typed so callers can react (re-login, back off, show).
///
/// Descriptions are one line and never contain a token: messages come from the server's error
/// body (cut short) or from this client, and no request header is ever copied into them. Callers
/// that print them still pass them through the sanitizer, since server text is untrusted.
public enum APIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The token was refused (401, or 403 with `InvalidToken`) and could not be refreshed.
    case invalidToken(message: String)
    /// The user has no Remote Support seat (401 `NotEntitled`).
    case notEntitled(message: String)
    /// 403 for anything but a bad token: missing roles, another account's ids.
    case forbidden(message: String)
    case notFound(message: String)
    /// 429; `retryAfter` in seconds when the server said.
    case rateLimited(retryAfter: Double?, message: String)
    case badRequest(message: String)
    /// Any other 4xx (405, 409, 416, …).
    case httpStatus(status: Int, message: String)
    case serverError(status: Int, message: String)
    /// The request never got an answer: refused, dropped.
    case transport(message: String)
    /// No connection or no answer within the configured timeout (`no answer in 15 s`).
    ///
    /// Not retried at once: a server that hung once usually hangs again, and retrying four
    /// times kept a pane at "loading…" for two minutes; the pane's backoff sets the pace.
    case noAnswer(message: String)
    /// The answer was not what the API promises; `path` is a JSON path such as `$.sessions[3].startedAt`.
    case decoding(path: String, message: String)
    /// A token would have gone over plain http to a host that is not loopback.
    case insecureTransport(host: String)
    /// A URL or option the client was given is unusable.
    case invalidRequest(message: String)

    /// Whether a login (or token refresh) could fix this.
    public var isAuthenticationFailure: Bool {
        switch self {
        case .invalidToken, .notEntitled: true
        default: false
        }
    }

    /// The HTTP status behind this error, if there was one.
    public var status: Int? {
        switch self {
        case .invalidToken: 401
        case .notEntitled: 401
        case .forbidden: 403
        case .notFound: 404
        case .rateLimited: 429
        case .badRequest: 400
        case .httpStatus(let status, _), .serverError(let status, _): status
        default: nil
        }
    }

    public var description: String {
        switch self {
        case .invalidToken(let message) where message.contains("g2a-dash login"):
            "authentication failed: \(message)"
        case .invalidToken(let message):
            "authentication failed: \(message) — check the token or run `g2a-dash login`"
        case .notEntitled(let message):
            "not entitled: \(message) — this user has no Remote Support seat"
        case .forbidden(let message): "forbidden (403): \(message)"
        case .notFound(let message): "not found (404): \(message)"
        case .rateLimited(let retryAfter, let message):
            "rate limited (429): \(message)" + (retryAfter.map { "; retry after \(Int($0.rounded(.up)))s" } ?? "")
        case .badRequest(let message): "bad request (400): \(message)"
        case .httpStatus(let status, let message): "HTTP \(status): \(message)"
        case .serverError(let status, let message): "server error (\(status)): \(message)"
        case .transport(let message): "network error: \(message)"
        case .noAnswer(let message): message
        case .decoding(let path, let message): "unexpected response at \(path): \(message)"
        case .insecureTransport(let host):
            "refusing to send a token over plain http to \(host); use https (http is allowed only for loopback)"
        case .invalidRequest(let message): "invalid request: \(message)"
        }
    }
}
