import Foundation
import InMemoryLogging
import Logging
import Testing
@testable import GoToAssistAPI

/// Retries, refreshes and safety rules of the client, driven by a scripted transport.
struct ClientBehaviourTests {
    static let sessionsOK = #"{"totalNumSessions":0,"sessions":[]}"#
    static let invalidToken = #"{"int_err_code":"InvalidToken","msg":"Invalid token passed"}"#

    @Test func getIsRetriedAfterServerErrorsWithGrowingBackoff() async throws {
        let transport = ScriptedTransport([.respond(500, "boom"), .respond(503, "busy"), .respond(200, Self.sessionsOK)])
        let clock = ManualClock()
        let client = try Fixtures.client(transport, clock: clock)
        let list = try await client.sessions(from: Date(timeIntervalSince1970: 0), to: Date(timeIntervalSince1970: 60))
        #expect(list.sessions.isEmpty)
        #expect(transport.requests.count == 3)
        let sleeps = clock.sleeps
        #expect(sleeps.count == 2)
        #expect((0.25...0.5).contains(sleeps[0]))
        #expect((0.5...1.0).contains(sleeps[1]))
    }

    @Test func rateLimitAnswerIsRetriedAfterRetryAfter() async throws {
        let transport = ScriptedTransport([
            .respond(429, #"{"int_err_code":"RateLimited","msg":"slow down"}"#, [("Retry-After", "2")]),
            .respond(200, Self.sessionsOK),
        ])
        let clock = ManualClock()
        _ = try await Fixtures.client(transport, clock: clock).sessions(from: Date(), to: Date())
        #expect(clock.sleeps.contains(2))
        #expect(transport.requests.count == 2)
    }

    @Test func getGivesUpAfterMaxAttemptsWithTheLastError() async throws {
        let transport = ScriptedTransport([], otherwise: .respond(500, #"{"int_err_code":"InternalError","msg":"down"}"#))
        let client = try Fixtures.client(transport)
        await #expect(throws: APIError.serverError(status: 500, message: "down")) {
            try await client.sessions(from: Date(), to: Date())
        }
        #expect(transport.requests.count == RetryPolicy().maxAttempts)
    }

    @Test func droppedConnectionIsRetriedForGet() async throws {
        let transport = ScriptedTransport([.fail(.transport(message: "connection closed by the server")), .respond(200, Self.sessionsOK)])
        _ = try await Fixtures.client(transport).sessions(from: Date(), to: Date())
        #expect(transport.requests.count == 2)
    }

    @Test func postIsNeverRetriedOnServerError() async throws {
        let transport = ScriptedTransport([], otherwise: .respond(500, "boom"))
        let client = try Fixtures.client(transport)
        await #expect(throws: APIError.self) { try await client.startSession(StartSessionRequest(customerName: "Bob")) }
        #expect(transport.requests.count == 1)
    }

    @Test func postIsNeverRetriedOnDroppedConnectionOrRateLimit() async throws {
        for step in [ScriptedTransport.Step.fail(.transport(message: "reset")),
                     .respond(429, "{}", [("Retry-After", "1")])] {
            let transport = ScriptedTransport([], otherwise: step)
            let client = try Fixtures.client(transport)
            await #expect(throws: APIError.self) {
                try await client.registerSystemLink(SystemLink(systemName: "S", systemDomain: "d.example"))
            }
            #expect(transport.requests.count == 1)
        }
    }

    @Test func putIsRetried() async throws {
        let link = SystemLink(systemName: "Desk", systemDomain: "desk.example", userToken: "partner-secret",
                              callbackURL: "https://desk.example/g2a")
        let transport = ScriptedTransport([.respond(503, ""), .respond(204, "")])
        let partner = try PartnerTicketClient(link: link, transport: transport, logger: Logger(label: "t"),
                                              clock: ManualClock().clock)
        try await partner.associate(sessionId: "42", partnerObject: "T-1")
        #expect(transport.requests.map(\.method) == ["PUT", "PUT"])
    }

    @Test func refusedTokenIsRefreshedOnceAndTheGetSentAgain() async throws {
        let transport = ScriptedTransport([.respond(403, Self.invalidToken), .respond(200, Self.sessionsOK)])
        let tokens = RenewingTokens(first: "old-token", renewed: "new-token")
        let client = try Fixtures.client(transport, tokens: tokens)
        _ = try await client.sessions(from: Date(), to: Date())
        let auth = transport.requests.map { $0.headers.first { $0.name == "Authorization" }?.value }
        #expect(auth == ["Bearer old-token", "Bearer new-token"])
    }

    @Test func refusedTokenWithoutRefreshSurfacesAsAuthFailure() async throws {
        let transport = ScriptedTransport([], otherwise: .respond(403, Self.invalidToken))
        let client = try Fixtures.client(transport)
        await #expect(throws: APIError.invalidToken(message: "Invalid token passed")) {
            try await client.sessions(from: Date(), to: Date())
        }
        #expect(transport.requests.count == 1)
    }

    @Test func refusedTokenOnPostIsRenewedButThePostIsNotResent() async throws {
        let transport = ScriptedTransport([.respond(403, Self.invalidToken)], otherwise: .respond(200, "{}"))
        let client = try Fixtures.client(transport, tokens: RenewingTokens(first: "old", renewed: "new"))
        do {
            _ = try await client.startSession(StartSessionRequest())
            Issue.record("expected an error")
        } catch let error as APIError {
            #expect(error.isAuthenticationFailure)
            #expect(error.description.contains("not sent again"))
        }
        #expect(transport.requests.count == 1)
    }

    @Test func legacyStyleSendsTheOAuthHeader() async throws {
        let transport = ScriptedTransport([.respond(200, Self.sessionsOK)])
        _ = try await Fixtures.client(transport, authStyle: .legacy).sessions(from: Date(), to: Date())
        #expect(transport.requests.first?.headers.contains { $0 == ("Authorization", "OAuth oauth_token=tok-SECRET-123") } == true)
    }

    @Test func plainHTTPToARemoteHostIsRefusedBeforeAnyRequest() {
        #expect(throws: APIError.insecureTransport(host: "api.example.com")) {
            try GoToAssistClient(configuration: .init(baseURL: "http://api.example.com/G2A/rest/v1"),
                                 tokens: StaticTokenProvider(token: "t"), transport: ScriptedTransport([]),
                                 logger: Logger(label: "t"))
        }
        let link = SystemLink(systemName: "D", systemDomain: "d", userToken: "secret", callbackURL: "http://desk.example.com/cb")
        #expect(throws: APIError.insecureTransport(host: "desk.example.com")) {
            try PartnerTicketClient(link: link, transport: ScriptedTransport([]), logger: Logger(label: "t"))
        }
        #expect(throws: APIError.insecureTransport(host: "auth.example.com")) {
            try OAuthClient(tokenURL: "http://auth.example.com/oauth/token", clientID: "c", clientSecret: "s",
                            transport: ScriptedTransport([]), logger: Logger(label: "t"))
        }
    }

    @Test(arguments: ["http://127.0.0.1:8080/G2A/rest/v1", "http://localhost:1/x", "http://[::1]:9/x", "http://127.9.8.7/x"])
    func plainHTTPToLoopbackIsAllowed(url: String) throws {
        _ = try GoToAssistClient(configuration: .init(baseURL: url), tokens: StaticTokenProvider(token: "t"),
                                 transport: ScriptedTransport([]), logger: Logger(label: "t"))
    }

    @Test func companiesWalkEveryPageAndTreat404AsEmpty() async throws {
        func page(_ ids: Range<Int>, total: Int) -> ScriptedTransport.Step {
            .respond(200, #"{"totalNumCompanies":\#(total),"companies":[\#(ids.map { #"{"companyId":\#($0),"companyName":"C\#($0)"}"# }.joined(separator: ","))]}"#)
        }
        let transport = ScriptedTransport([page(0..<50, total: 120), page(50..<100, total: 120), page(100..<120, total: 120)])
        let all = try await Fixtures.client(transport).allCompanies()
        #expect(all.count == 120)
        #expect(transport.requests.map { $0.url.contains("offset=\(0)") || $0.url.contains("offset=50") || $0.url.contains("offset=100") } == [true, true, true])
        let empty = ScriptedTransport([.respond(404, #"{"int_err_code":"NotFound","msg":"No companies found"}"#)])
        #expect(try await Fixtures.client(empty).allCompanies(search: "zzz").isEmpty)
    }

    @Test func companyLimitAboveFiftyIsRefusedLocally() async throws {
        let transport = ScriptedTransport([])
        await #expect(throws: APIError.self) { try await Fixtures.client(transport).companies(CompanyQuery(limit: 51)) }
        #expect(transport.requests.isEmpty)
    }

    @Test func recordingURLsAreFetchedInBatchesOf500() async throws {
        let transport = ScriptedTransport([], otherwise: .respond(200, "[]"))
        let ids = (1...1201).map(String.init)
        _ = try await Fixtures.client(transport).recordingURLs(ids: ids)
        let counts = transport.requests.map { $0.url.components(separatedBy: "recordingIds=").count - 1 }
        #expect(counts == [500, 500, 201])
    }

    @Test func browserSessionReturnsTheRedirectWithoutAToken() async throws {
        let transport = ScriptedTransport([.respond(302, "", [("Location", "https://launch.getgo.com/launch.html?token=e0-9")])])
        let url = try await Fixtures.client(transport).browserSessionURL(BrowserSessionRequest(partnerObject: "456"))
        #expect(url == "https://launch.getgo.com/launch.html?token=e0-9")
        let request = try #require(transport.requests.first)
        #expect(!request.headers.contains { $0.name == "Authorization" })
        #expect(request.url.hasSuffix("/session?sessionType=screen_sharing&partnerObject=456"))
    }

    @Test func queryValuesAreStrictlyEscaped() async throws {
        let transport = ScriptedTransport([.respond(200, #"{"totalNumCompanies":0,"companies":[]}"#)])
        _ = try await Fixtures.client(transport).companies(CompanyQuery(search: "C++ & Söhne"))
        #expect(transport.requests.first?.url.contains("q=C%2B%2B%20%26%20S%C3%B6hne") == true)
    }

    @Test func logsNeverContainTheToken() async throws {
        let logs = InMemoryLogHandler()
        var logger = Logger(label: "test") { _ in logs }
        logger.logLevel = .trace
        let transport = ScriptedTransport([.respond(500, "x"), .respond(403, Self.invalidToken)])
        let client = try Fixtures.client(transport, tokens: StaticTokenProvider(token: "tok-SECRET-123"), logger: logger)
        _ = try? await client.sessions(from: Date(), to: Date())
        let text = logs.entries.map { "\($0.message) \($0.metadata)" }.joined(separator: "\n")
        #expect(!text.isEmpty)
        #expect(!text.contains("tok-SECRET-123"))
    }
}

/// A token provider that hands out one token and a renewed one after a refusal.
actor RenewingTokens: TokenProvider {
    private var token: String
    private let renewed: String

    init(first: String, renewed: String) {
        token = first
        self.renewed = renewed
    }

    func accessToken() async throws -> String { token }

    func tokenRejected(_ rejected: String) async throws -> String? {
        token = renewed
        return renewed
    }
}
