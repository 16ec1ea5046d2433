/// The query of `GET /oauth/authorize`, checked before the sign-in form is shown.
///
/// The same fields travel along when the form is posted, so the POST is checked by the same rules
/// and an edited hidden field cannot smuggle in another client or redirect.
struct AuthorizeRequest: Sendable, Equatable {
    var clientID: String
    var redirectURI: String
    var state: String?
    var codeChallenge: String

    /// The field names, in the order the form repeats them.
    static let fieldNames = ["response_type", "client_id", "redirect_uri", "state", "code_challenge", "code_challenge_method"]

    /// Validates the parameters; the error text is shown on a 400 page and never redirected.
    init(_ parameters: [String: String], clientID expected: String) throws {
        guard parameters["response_type"] == "code" else {
            throw OAuthFailure.invalidRequest("response_type must be code")
        }
        guard let client = parameters["client_id"], client == expected else {
            throw OAuthFailure(status: 400, error: "invalid_client", description: "unknown client_id")
        }
        guard let redirect = parameters["redirect_uri"], Self.isRegistered(redirect) else {
            throw OAuthFailure.invalidRequest("redirect_uri is not registered for this client")
        }
        guard let challenge = parameters["code_challenge"], (43...128).contains(challenge.count) else {
            throw OAuthFailure.invalidRequest("code_challenge is missing or not 43-128 characters (PKCE is required)")
        }
        guard parameters["code_challenge_method"] == "S256" else {
            throw OAuthFailure.invalidRequest("code_challenge_method must be S256")
        }
        clientID = client
        redirectURI = redirect
        state = parameters["state"].flatMap { $0.isEmpty ? nil : $0 }
        codeChallenge = challenge
    }

    /// The simulator's client is a native app registered for loopback redirects, which may use
    /// any port (RFC 8252 §7.3): `http://127.0.0.1:<port>/…`, `http://[::1]:<port>/…` or `localhost`.
    static func isRegistered(_ uri: String) -> Bool {
        for prefix in ["http://127.0.0.1", "http://[::1]", "http://localhost"] where uri.hasPrefix(prefix) {
            let rest = uri.dropFirst(prefix.count)
            guard let next = rest.first else { return true }
            return next == ":" || next == "/"
        }
        return false
    }
}
