import Foundation
import Logging

/// The one client for the GoToAssist Remote Support REST API v1.
///
/// Every endpoint of the spec is a method here (see the `GoToAssistClient+…` files). The client
/// adds the token, keeps the process under the rate limit, retries what is safe to retry, maps
/// errors to `APIError` and decodes leniently. It is shared by the dashboard and the headless
/// CLI, so both behave the same against the simulator and the real service.
public final class GoToAssistClient: Sendable {
    /// Where and how to connect.
    public struct Configuration: Sendable, Hashable {
        /// For example `https://api.getgo.com/G2A/rest/v1`.
        public var baseURL: String
        public var authStyle: AuthStyle
        /// The client-side ceiling, below the service's 10 requests/s per token.
        public var requestsPerSecond: Double
        public var retry: RetryPolicy
        public var userAgent: String

        public init(baseURL: String, authStyle: AuthStyle = .bearer, requestsPerSecond: Double = 10,
                    retry: RetryPolicy = RetryPolicy(), userAgent: String = "g2a-dash") {
            self.baseURL = baseURL
            self.authStyle = authStyle
            self.requestsPerSecond = requestsPerSecond
            self.retry = retry
            self.userAgent = userAgent
        }
    }

    public let configuration: Configuration
    let tokens: any TokenProvider
    let executor: RequestExecutor
    /// For calls that carry no token and are not counted by the service (`GET /session`).
    let unlimited: RequestExecutor
    let base: String
    let logger: Logger

    /// Creates a client; refuses a base URL that would send the token over plain http to a
    /// host that is not loopback.
    public init(configuration: Configuration, tokens: any TokenProvider, transport: any HTTPTransport,
                logger: Logger, clock: ClientClock = .live) throws {
        guard let url = ParsedURL(configuration.baseURL) else {
            throw APIError.invalidRequest(message: "base URL is not an http(s) URL: \(Redaction.url(configuration.baseURL))")
        }
        try url.requireSecureForSecrets()
        self.configuration = configuration
        self.tokens = tokens
        self.logger = logger
        var trimmed = configuration.baseURL
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.base = trimmed
        let limiter = RateLimiter(requestsPerSecond: configuration.requestsPerSecond, clock: clock)
        self.executor = RequestExecutor(transport: transport, limiter: limiter, retry: configuration.retry,
                                        clock: clock, logger: logger)
        self.unlimited = RequestExecutor(transport: transport, limiter: nil, retry: configuration.retry,
                                         clock: clock, logger: logger)
    }

    /// Sends an authenticated API call and returns the 2xx answer, or throws the mapped error.
    ///
    /// A refused token is refreshed once and the call sent again, except a POST: the server may
    /// refuse before acting, but the rule that a POST goes out once has no exceptions, so the
    /// caller is told to send it again with the renewed token.
    func call(_ method: String, _ path: String, query: [(String, String)] = [],
              body: [UInt8]? = nil) async throws -> HTTPResponseData {
        let url = QueryString.append(query, to: base + path)
        var token = try await tokens.accessToken()
        var response = try await executor.perform(request(method, url, token: token, body: body))
        if Self.isTokenRefusal(response), let renewed = try await tokens.tokenRejected(token) {
            guard method != "POST" else {
                throw APIError.invalidToken(
                    message: "the token had expired and was renewed; the request was not sent again — retry it")
            }
            token = renewed
            response = try await executor.perform(request(method, url, token: token, body: body))
        }
        guard (200...299).contains(response.status) else {
            throw APIError.from(status: response.status, body: response.body,
                                retryAfter: RequestExecutor.retryAfter(response))
        }
        return response
    }

    func request(_ method: String, _ url: String, token: String?, body: [UInt8]?) -> HTTPRequestSpec {
        var headers: [(name: String, value: String)] = [
            ("Accept", "application/json"), ("User-Agent", configuration.userAgent),
        ]
        if body != nil { headers.append(("Content-Type", "application/json")) }
        if let token { headers.append(("Authorization", configuration.authStyle.headerValue(for: token))) }
        return HTTPRequestSpec(method: method, url: url, headers: headers, body: body)
    }

    static func isTokenRefusal(_ response: HTTPResponseData) -> Bool {
        guard response.status == 401 || response.status == 403 else { return false }
        return APIError.from(status: response.status, body: response.body, retryAfter: nil) == .invalidToken(
            message: ErrorBody(body: response.body, status: response.status).message)
    }
}
