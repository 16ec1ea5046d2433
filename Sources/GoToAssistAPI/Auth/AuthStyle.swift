/// How the token is put on API requests (API-FACTS §3.2).
public enum AuthStyle: String, Sendable, Hashable, CaseIterable, Codable {
    /// `Authorization: Bearer <token>`, the documented form for current tokens.
    case bearer
    /// `Authorization: OAuth oauth_token=<token>`, the form older G2A clients used.
    case legacy

    /// The Authorization header value for a token.
    public func headerValue(for token: String) -> String {
        switch self {
        case .bearer: "Bearer \(token)"
        case .legacy: "OAuth oauth_token=\(token)"
        }
    }
}
