/// The authorization-code grant: codes minted by the sign-in form and redeemed once with PKCE.
extension SimulatorState {
    /// The index of the user with this email and password, or nil.
    func signIn(username: String, password: String) -> Int? {
        configuration.users.firstIndex {
            $0.email.caseInsensitiveCompare(username) == .orderedSame && $0.password == password
        }
    }

    /// Mints a single-use code for `user`, bound to the request's client, redirect and challenge.
    func issueCode(for user: Int, request: AuthorizeRequest) -> String {
        tokenCounter += 1
        let code = "ac-" + SeededGenerator.hex16(SeededGenerator.hash(configuration.seed, tokenCounter, 11))
            + SeededGenerator.hex16(SeededGenerator.hash(configuration.seed, tokenCounter, 12))
        authorizationCodes[code] = AuthorizationCode(
            user: user, clientID: request.clientID, redirectURI: request.redirectURI,
            codeChallenge: request.codeChallenge, expiresAt: clock.now() + AuthorizationCode.lifetime)
        return code
    }

    /// Redeems a code and returns its user; every refusal is `invalid_grant` (RFC 6749 §5.2).
    ///
    /// The code is spent by the first attempt, right or wrong, so a stolen code cannot be tried
    /// against many verifiers.
    func redeemCode(_ code: String, redirectURI: String, verifier: String, clientID: String) throws -> Int {
        guard let issued = authorizationCodes.removeValue(forKey: code) else {
            throw OAuthFailure.invalidGrant("Invalid or already used authorization code")
        }
        guard issued.expiresAt > clock.now() else { throw OAuthFailure.invalidGrant("Authorization code expired") }
        guard issued.clientID == clientID else { throw OAuthFailure.invalidGrant("Code was issued to another client") }
        guard issued.redirectURI == redirectURI else { throw OAuthFailure.invalidGrant("redirect_uri does not match") }
        guard PKCEChallenge.s256(verifier) == issued.codeChallenge else {
            throw OAuthFailure.invalidGrant("code_verifier does not match the code_challenge")
        }
        return issued.user
    }
}
