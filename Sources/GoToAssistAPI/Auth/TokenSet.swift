import Foundation

/// Access and refresh tokens with what the token endpoint said about them.
///
/// Never printed: `description` masks the secrets so a stray interpolation cannot leak them.
public struct TokenSet: Sendable, Hashable, Codable, CustomStringConvertible {
    public var accessToken: String
    public var refreshToken: String?
    /// When the access token stops working; nil when the server did not say.
    public var expiresAt: Date?
    public var organizerKey: String?
    public var accountKey: String?
    public var email: String?

    public init(accessToken: String, refreshToken: String? = nil, expiresAt: Date? = nil,
                organizerKey: String? = nil, accountKey: String? = nil, email: String? = nil) {
        self.accessToken = accessToken
        self.refreshToken = refreshToken
        self.expiresAt = expiresAt
        self.organizerKey = organizerKey
        self.accountKey = accountKey
        self.email = email
    }

    public var description: String {
        "TokenSet(access: ****, refresh: \(refreshToken == nil ? "none" : "****"), expiresAt: \(expiresAt.map(APITimestamp.format) ?? "unknown"))"
    }
}

/// The token endpoint's JSON, in any of the three generations (API-FACTS §3.1).
struct TokenResponse: Decodable {
    var accessToken: String
    var refreshToken: String?
    var expiresIn: Int?
    var organizerKey: String?
    var accountKey: String?
    var email: String?

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        guard let token = try c.decodeTextIfPresent(AnyKey("access_token")), !token.isEmpty else {
            throw DecodingError.keyNotFound(
                AnyKey("access_token"), .init(codingPath: [], debugDescription: "missing access_token"))
        }
        accessToken = token
        refreshToken = try c.decodeTextIfPresent(AnyKey("refresh_token"))
        // A string in the legacy generation, an integer since.
        expiresIn = try c.decodeLenientIntIfPresent(AnyKey("expires_in"))
        organizerKey = try c.decodeIDIfPresent(AnyKey("organizer_key"))
        accountKey = try c.decodeIDIfPresent(AnyKey("account_key"))
        email = try c.decodeTextIfPresent(AnyKey("email")) ?? c.decodeTextIfPresent(AnyKey("principal"))
    }

    func tokenSet(receivedAt now: Date, previousRefreshToken: String? = nil) -> TokenSet {
        TokenSet(
            accessToken: accessToken,
            // A refresh may omit refresh_token when the old one stays valid (API-FACTS §3.1).
            refreshToken: refreshToken ?? previousRefreshToken,
            expiresAt: expiresIn.map { now.addingTimeInterval(TimeInterval($0)) },
            organizerKey: organizerKey, accountKey: accountKey, email: email)
    }
}
