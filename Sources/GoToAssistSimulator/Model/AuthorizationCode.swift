/// An authorization code handed out by the sign-in form and not yet redeemed.
///
/// It remembers everything the token request must repeat (client, redirect URI, PKCE challenge),
/// because RFC 6749 §4.1.3 and RFC 7636 §4.6 bind the code to them.
struct AuthorizationCode: Sendable {
    /// Index into `SimulatorConfiguration.users`.
    var user: Int
    var clientID: String
    var redirectURI: String
    /// The base64url SHA-256 of the verifier the token request must present (S256).
    var codeChallenge: String
    /// Simulator time after which the code is refused; codes live ten minutes.
    var expiresAt: Double

    /// How long a code may wait before redemption, in seconds (RFC 6749 §4.1.2 suggests at most ten minutes).
    static let lifetime: Double = 600
}
