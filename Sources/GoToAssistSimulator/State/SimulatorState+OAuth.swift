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
}

/// OAuth token issuance: password, refresh-token and personal-access-token grants.
extension SimulatorState {
    /// Runs a grant and returns a token response.
    ///
    /// Refresh tokens are single-use, and redeeming one also revokes the access token it came with
    /// (API-FACTS 3.1, v2 refresh rules).
    func grant(_ grant: TokenGrant, legacyLifetime: Bool) throws -> WireTokenResponse {
        let user: Int
        var viaRefresh = false
        switch grant {
        case .password(let username, let password):
            guard
                let index = configuration.users.firstIndex(where: {
                    $0.email.caseInsensitiveCompare(username) == .orderedSame && $0.password == password
                })
            else { throw OAuthFailure.invalidGrant("Bad credentials") }
            user = index
        case .refreshToken(let refresh):
            guard let access = refreshTokens.removeValue(forKey: refresh), let old = issuedTokens[access] else {
                throw OAuthFailure.invalidGrant("Invalid refresh token")
            }
            issuedTokens[access] = nil
            user = old.user
            viaRefresh = true
        case .personalAccessToken(let pat):
            guard configuration.personalAccessTokens.contains(pat) else {
                throw OAuthFailure.invalidGrant("Invalid personal access token")
            }
            user = 0
        }
        let (access, refresh) = mintTokenPair()
        issuedTokens[access] = IssuedToken(
            user: user, expiresAt: clock.now() + Double(configuration.tokenLifetime), refreshToken: refresh,
            viaRefresh: viaRefresh
        )
        refreshTokens[refresh] = access
        let profile = configuration.users[user]
        let lifetime = configuration.tokenLifetime
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
