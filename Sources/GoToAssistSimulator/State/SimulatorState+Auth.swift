/// Who made an authenticated API call.
struct Caller: Sendable {
    /// Index into `SimulatorConfiguration.users`; also the index of that user's expert.
    var user: Int
}

/// Access-token validation and the API gate's rate limiting.
extension SimulatorState {
    /// Validates an access token (API-FACTS 3.3).
    ///
    /// Under the expired-token fault every token is refused except those minted by a
    /// refresh-token grant, so a client can exercise "InvalidToken → refresh → retry once".
    func authenticate(_ token: String?) throws -> Caller {
        guard let token, !token.isEmpty else { throw SimulatorError.invalidToken }
        let expiredFault = faults.fault == .expiredToken
        if configuration.seatlessTokens.contains(token) {
            if expiredFault { throw SimulatorError.invalidToken }
            throw SimulatorError.notEntitled
        }
        if configuration.tokens.contains(token) {
            if expiredFault { throw SimulatorError.invalidToken }
            return Caller(user: 0)
        }
        guard let issued = issuedTokens[token], issued.expiresAt > clock.now() else {
            throw SimulatorError.invalidToken
        }
        if expiredFault, !issued.viaRefresh { throw SimulatorError.invalidToken }
        return Caller(user: issued.user)
    }

    /// Takes one request from the token's bucket, or throws 429 RateLimited.
    func consumeRateLimit(for token: String) throws {
        let capacity = max(1, faults.rateLimitPerSecond)
        var bucket = buckets[token] ?? TokenBucket(capacity: capacity)
        let allowed = bucket.take(capacity: capacity)
        buckets[token] = bucket
        if !allowed { throw SimulatorError.rateLimited }
    }

    /// The expert record for a caller.
    func expert(for caller: Caller) -> Expert {
        world.experts[min(caller.user, world.experts.count - 1)]
    }
}
