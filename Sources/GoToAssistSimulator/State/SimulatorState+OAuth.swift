/// A failed token request, rendered in RFC 6749 shape by the OAuth controller.
struct OAuthFailure: Error, Sendable {
    var status: Int
    var error: String
    var description: String

    static func invalidGrant(_ description: String) -> OAuthFailure {
        OAuthFailure(status: 400, error: "invalid_grant", description: description)
    }

    static func invalidRequest(_ description: String) -> OAuthFailure {
        OAuthFailure(status: 400, error: "invalid_request", description: description)
    }

    static let invalidClient = OAuthFailure(status: 401, error: "invalid_client", description: "client not found")
}

/// The grant types the token endpoints accept.
enum TokenGrant: Sendable {
    case password(username: String, password: String)
    case refreshToken(String)
    case personalAccessToken(String)
    case authorizationCode(code: String, redirectURI: String, verifier: String, clientID: String)
}

/// OAuth token issuance: password, refresh-token, personal-access-token and authorization-code grants.
extension SimulatorState {
    /// Runs a grant and returns a token response.
    ///
    /// Refresh tokens are single-use, and redeeming one also revokes the access token it came with
    /// (API-FACTS 3.1, v2 refresh rules). In the current service's shape a refresh answer has no
    /// `refresh_token` and the presented one stays valid for the new access token.
    func grant(_ grant: TokenGrant, legacyLifetime: Bool) throws -> WireTokenResponse {
        let user: Int
        var viaRefresh = false
        var keptRefresh: String?
        let current = configuration.tokenShape == .current && !legacyLifetime
        switch grant {
        case .password(let username, let password):
            guard let index = signIn(username: username, password: password) else {
                throw OAuthFailure.invalidGrant("Bad credentials")
            }
            user = index
        case .authorizationCode(let code, let redirectURI, let verifier, let clientID):
            user = try redeemCode(code, redirectURI: redirectURI, verifier: verifier, clientID: clientID)
        case .refreshToken(let refresh):
            guard let access = refreshTokens.removeValue(forKey: refresh), let old = issuedTokens[access] else {
                throw OAuthFailure.invalidGrant("Invalid refresh token")
            }
            issuedTokens[access] = nil
            user = old.user
            viaRefresh = true
            if current { keptRefresh = refresh }
        case .personalAccessToken(let pat):
            guard configuration.personalAccessTokens.contains(pat) else {
                throw OAuthFailure.invalidGrant("Invalid personal access token")
            }
            user = 0
        }
        let (access, minted) = mintTokenPair()
        let refresh = keptRefresh ?? minted
        issuedTokens[access] = IssuedToken(
            user: user, expiresAt: clock.now() + Double(configuration.tokenLifetime), refreshToken: refresh,
            viaRefresh: viaRefresh
        )
        refreshTokens[refresh] = access
        let profile = configuration.users[user]
        let lifetime = configuration.tokenLifetime
        if current {
            return WireTokenResponse(
                access_token: access, expires_in: .number(lifetime),
                refresh_token: keptRefresh == nil ? refresh : nil,
                platform: nil, version: nil, scope: "identity: support: collab:", principal: profile.email)
        }
        return WireTokenResponse(
            access_token: access,
            expires_in: legacyLifetime ? .string(String(lifetime)) : .number(lifetime),
            refresh_token: refresh,
            organizer_key: world.experts[user].userKey,
            account_key: String(world.accountKey),
            email: profile.email,
            firstName: profile.firstName,
            lastName: profile.lastName
        )
    }

    private func mintTokenPair() -> (String, String) {
        tokenCounter += 1
        let seed = configuration.seed
        func part(_ salt: UInt64) -> String {
            SeededGenerator.hex16(SeededGenerator.hash(seed, tokenCounter, salt))
                + SeededGenerator.hex16(SeededGenerator.hash(seed, tokenCounter, salt + 1))
        }
        // JWT-looking, like real GoTo tokens, but opaque to the simulator.
        return ("eyJhbGciOiJub25lIn0." + part(1) + "." + part(3), "rt-" + part(5) + part(7))
    }
}
