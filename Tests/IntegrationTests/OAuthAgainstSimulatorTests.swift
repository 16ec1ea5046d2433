import Foundation
import GoToAssistAPI
import GoToAssistSimulator
import Testing

/// Password, refresh and personal-access-token grants against the simulator's token endpoint.
@Suite(.serialized) struct OAuthAgainstSimulatorTests {
    static func oauth(_ sim: SimulatorFixture) throws -> OAuthClient {
        try OAuthClient(tokenURL: sim.server.rootURL + "/oauth/v2/token", clientID: "g2a-dash", clientSecret: "g2a-dash-secret",
                        transport: sim.transport, logger: sim.logger)
    }

    @Test func passwordGrantGivesATokenTheAPIAccepts() async throws {
        try await withSimulator { sim in
            let tokens = try await Self.oauth(sim).passwordGrant(username: "tech@example.com", password: "demo-password")
            #expect(tokens.refreshToken != nil)
            #expect(tokens.expiresAt != nil)
            let list = try await sim.client(token: tokens.accessToken).sessions(from: .minutesAgo(60), to: Date())
            #expect(list.sessions.count == list.totalNumSessions)
            await #expect(throws: APIError.self) {
                try await Self.oauth(sim).passwordGrant(username: "tech@example.com", password: "wrong")
            }
        }
    }

    @Test func personalAccessTokenGrantWorks() async throws {
        try await withSimulator { sim in
            let tokens = try await Self.oauth(sim).personalAccessToken("demo-pat")
            _ = try await sim.client(token: tokens.accessToken).companies()
        }
    }

    @Test func refreshTokensAreSingleUseAndKillTheOldAccessToken() async throws {
        try await withSimulator { sim in
            let oauth = try Self.oauth(sim)
            let first = try await oauth.passwordGrant(username: "tech@example.com", password: "demo-password")
            let second = try await oauth.refresh(try #require(first.refreshToken))
            _ = try await sim.client(token: second.accessToken).companies()
            await #expect(throws: APIError.self) { try await sim.client(token: first.accessToken).companies() }
            await #expect(throws: APIError.self) { try await oauth.refresh(try #require(first.refreshToken)) }
        }
    }

    @Test func providerRefreshesAheadOfExpiryAndSavesTheNewTokens() async throws {
        try await withSimulator({ $0.tokenLifetime = 3600 }) { sim in
            let oauth = try Self.oauth(sim)
            let initial = try await oauth.passwordGrant(username: "tech@example.com", password: "demo-password")
            let saved = SavedTokens()
            // The provider sees the token as expiring within its margin: it refreshes before use.
            var nearExpiry = initial
            nearExpiry.expiresAt = Date().addingTimeInterval(30)
            let provider = OAuthTokenProvider(tokens: nearExpiry, oauth: oauth, onRefresh: { await saved.store($0) })
            _ = try await sim.client(tokens: provider).companies()
            let stored = try #require(await saved.last)
            #expect(stored.accessToken != initial.accessToken)
            #expect(await provider.current.accessToken == stored.accessToken)
        }
    }

    @Test func invalidTokenAnswerTriggersOneRefreshAndRetry() async throws {
        try await withSimulator { sim in
            let oauth = try Self.oauth(sim)
            let initial = try await oauth.passwordGrant(username: "tech@example.com", password: "demo-password")
            // Spend the access token behind the provider's back: the next call is refused once.
            let stolen = try await oauth.refresh(try #require(initial.refreshToken))
            var stale = initial
            stale.refreshToken = stolen.refreshToken
            let saved = SavedTokens()
            let provider = OAuthTokenProvider(tokens: stale, oauth: oauth, onRefresh: { await saved.store($0) })
            let page = try await sim.client(tokens: provider).companies()
            #expect(!page.companies.isEmpty)
            #expect(await saved.count == 1)
        }
    }

    @Test func whenRefreshIsImpossibleTheErrorSaysToLogIn() async throws {
        try await withSimulator { sim in
            let provider = OAuthTokenProvider(tokens: TokenSet(accessToken: "expired", refreshToken: "spent"), oauth: try Self.oauth(sim))
            do {
                _ = try await sim.client(tokens: provider).companies()
                Issue.record("expected an error")
            } catch let error as APIError {
                #expect(error == .invalidToken(message: "session expired — run g2a-dash login"))
            }
        }
    }
}

actor SavedTokens {
    private(set) var all: [TokenSet] = []
    func store(_ tokens: TokenSet) { all.append(tokens) }
    var last: TokenSet? { all.last }
    var count: Int { all.count }
}
