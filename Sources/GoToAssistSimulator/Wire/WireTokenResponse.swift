/// A successful OAuth token response (API-FACTS 3.1, 8).
struct WireTokenResponse: Encodable, Sendable {
    /// `expires_in` is an integer on the v2 endpoints and a string on the legacy one.
    enum Lifetime: Encodable, Sendable {
        case number(Int)
        case string(String)

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .number(let value): try container.encode(value)
            case .string(let value): try container.encode(value)
            }
        }
    }

    // Optional fields are left out of the JSON when nil: the current service's answer has no
    // organizer_key, names or platform, and a refresh may have no refresh_token.
    var access_token: String
    var token_type = "Bearer"
    var expires_in: Lifetime
    var refresh_token: String?
    var organizer_key: String?
    var account_key: String?
    var email: String?
    var firstName: String?
    var lastName: String?
    var platform: String? = "GLOBAL"
    var version: String? = "2"
    var scope: String?
    var principal: String?
}

/// An RFC 6749 error body from the token endpoints.
struct WireOAuthError: Encodable, Sendable {
    var error: String
    var error_description: String
}
