import Foundation

/// Tokens from the token endpoint, refreshed ahead of expiry and after a refusal.
///
/// Tokens live an hour and integrations that ignored that broke every hour (API-FACTS §7.3), so
/// the provider refreshes `refreshMargin` seconds early and once more when the server refuses a
/// token. Concurrent callers share one refresh, because a refresh token works only once.
public actor OAuthTokenProvider: TokenProvider {
    private var tokens: TokenSet
    private let oauth: OAuthClient
    private let refreshMargin: TimeInterval
    private let clock: ClientClock
    private let onRefresh: @Sendable (TokenSet) async -> Void
    private var refreshing: Task<TokenSet, any Error>?

    /// - Parameter onRefresh: called with every new token set, so the caller can save it.
    public init(tokens: TokenSet, oauth: OAuthClient, refreshMargin: TimeInterval = 60,
                clock: ClientClock = .live, onRefresh: @escaping @Sendable (TokenSet) async -> Void = { _ in }) {
        self.tokens = tokens
        self.oauth = oauth
        self.refreshMargin = refreshMargin
        self.clock = clock
        self.onRefresh = onRefresh
    }

    /// The tokens held now.
    public var current: TokenSet { tokens }

    public func accessToken() async throws -> String {
        if let expiresAt = tokens.expiresAt, expiresAt.timeIntervalSince(clock.now()) <= refreshMargin {
            guard tokens.refreshToken != nil else {
                if expiresAt <= clock.now() { throw Self.expired }
                return tokens.accessToken
            }
            return try await refresh().accessToken
        }
        return tokens.accessToken
    }

    public func tokenRejected(_ token: String) async throws -> String? {
        // Another caller may have refreshed already while this request was in flight.
        if token != tokens.accessToken { return tokens.accessToken }
        guard tokens.refreshToken != nil else { return nil }
        return try await refresh().accessToken
    }

    private func refresh() async throws -> TokenSet {
        if let refreshing { return try await refreshing.value }
        guard let refreshToken = tokens.refreshToken else { throw Self.expired }
        let task = Task { [oauth] in try await oauth.refresh(refreshToken) }
        refreshing = task
        defer { refreshing = nil }
        do {
            let fresh = try await task.value
            tokens = fresh
            await onRefresh(fresh)
            return fresh
        } catch let error as APIError where error.isAuthenticationFailure {
            throw Self.expired
        }
    }

    static let expired = APIError.invalidToken(message: "session expired — run g2a-dash login")
}
