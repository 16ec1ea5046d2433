import Foundation
import Logging

/// Talks to the token endpoint: authorization-code, password, refresh-token and personal-access-token grants.
///
/// Requests are form-encoded POSTs with the client id and secret as Basic auth (API-FACTS §3.1).
/// They are never retried, and neither bodies nor answers are ever logged: both carry secrets.
public struct OAuthClient: Sendable {
    public var tokenURL: String
    public var clientID: String
    private let clientSecret: String?
    private let executor: RequestExecutor
    private let clock: ClientClock

    /// Creates the client; refuses a plain-http token URL that is not loopback.
    public init(tokenURL: String, clientID: String, clientSecret: String?, transport: any HTTPTransport,
                logger: Logger, clock: ClientClock = .live) throws {
        guard let url = ParsedURL(tokenURL) else {
            throw APIError.invalidRequest(message: "token URL is not an http(s) URL: \(Redaction.url(tokenURL))")
        }
        try url.requireSecureForSecrets()
        self.tokenURL = tokenURL
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.clock = clock
        self.executor = RequestExecutor(transport: transport, limiter: nil, retry: .none, clock: clock, logger: logger)
    }

    /// Exchanges a user's email and password for tokens (the "direct login" grant).
    public func passwordGrant(username: String, password: String) async throws -> TokenSet {
        try await request([("grant_type", "password"), ("username", username), ("user_id", username),
                           ("password", password)], previousRefreshToken: nil)
    }

    /// Redeems an authorization code with its PKCE verifier (RFC 6749 §4.1.3, RFC 7636 §4.5);
    /// `redirectURI` must be the one the authorize URL carried.
    public func authorizationCode(_ code: String, redirectURI: String, verifier: String) async throws -> TokenSet {
        try await request([("grant_type", "authorization_code"), ("code", code), ("redirect_uri", redirectURI),
                           ("code_verifier", verifier)], previousRefreshToken: nil)
    }

    /// Exchanges a refresh token for new tokens; the old refresh token is then spent.
    public func refresh(_ refreshToken: String) async throws -> TokenSet {
        try await request([("grant_type", "refresh_token"), ("refresh_token", refreshToken)],
                          previousRefreshToken: refreshToken)
    }

    /// Exchanges a personal access token for an access token.
    public func personalAccessToken(_ pat: String) async throws -> TokenSet {
        try await request([("grant_type", "personal_access_token"), ("pat", pat)], previousRefreshToken: nil)
    }

    private func request(_ form: [(String, String)], previousRefreshToken: String?) async throws -> TokenSet {
        var fields = form
        fields.append(("client_id", clientID))
        var headers: [(name: String, value: String)] = [
            ("Content-Type", "application/x-www-form-urlencoded"), ("Accept", "application/json"),
        ]
        if let clientSecret {
            let basic = Data("\(clientID):\(clientSecret)".utf8).base64EncodedString()
            headers.append(("Authorization", "Basic \(basic)"))
        }
        let spec = HTTPRequestSpec(method: "POST", url: tokenURL, headers: headers,
                                   body: Array(QueryString.encode(fields).utf8))
        let response = try await executor.perform(spec)
        guard (200...299).contains(response.status) else {
            let error = APIError.from(status: response.status, body: response.body, retryAfter: nil)
            // Token endpoints answer 400 invalid_grant for a spent or wrong credential.
            if response.status == 400 || response.status == 401 {
                throw APIError.invalidToken(message: "token endpoint refused the credentials (\(ErrorBody(body: response.body, status: response.status).message))")
            }
            throw error
        }
        let decoded = try APIJSON.decode(TokenResponse.self, from: response.body)
        return decoded.tokenSet(receivedAt: clock.now(), previousRefreshToken: previousRefreshToken)
    }
}
