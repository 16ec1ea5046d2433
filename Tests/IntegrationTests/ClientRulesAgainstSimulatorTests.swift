import Foundation
import GoToAssistAPI
import GoToAssistSimulator
import Logging
import Testing

/// The client's safety rules observed from the server side: rate limit, retries, POST once,
/// auth, tokens never logged.
@Suite(.serialized) struct ClientRulesAgainstSimulatorTests {
    @Test func aBurstOfFiftyRequestsSurfacesNo429() async throws {
        try await withSimulator { sim in
            // The limiter paces the burst; a stray 429 (requests bunched up on a loaded machine)
            // is absorbed by the retry policy, so callers never see one.
            let client = try sim.client()
            try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<50 {
                    group.addTask { try await client.companies(CompanyQuery(limit: 5)).companies.count }
                }
                for try await count in group { #expect(count == 5) }
            }
            let log = try await sim.requestLog(until: { $0.filter { $0.path.hasSuffix("/companies") && $0.status == 200 }.count >= 50 })
            #expect(log.filter { $0.path.hasSuffix("/companies") && $0.status == 200 }.count == 50)
        }
    }

    @Test func withoutTheLimiterTheSimulatorDoesAnswer429() async throws {
        try await withSimulator { sim in
            // Unpaced requests until the server's bucket runs dry (quickly, however slow the machine).
            var response = try await sim.raw("GET", "/companies?limit=1")
            var sent = 1
            while response.status != 429, sent < 200 {
                response = try await sim.raw("GET", "/companies?limit=1")
                sent += 1
            }
            #expect(response.status == 429)
            #expect(Int(response.header("Retry-After") ?? "") != nil)
        }
    }

    @Test func postIsSentExactlyOnceEvenWhenTheServerFails() async throws {
        try await withSimulator { sim in
            try await sim.control("PUT", "faults", ["errorRate": 1.0])
            try await sim.control("DELETE", "requests")
            let client = try sim.client()
            await #expect(throws: APIError.self) { try await client.startSession(StartSessionRequest(customerName: "Once")) }
            await #expect(throws: APIError.self) {
                try await client.registerSystemLink(SystemLink(systemName: "X", systemDomain: "x.example", userEmail: "a@x.example",
                                                               userToken: "t", callbackURL: "https://x.example/cb"))
            }
            // A GET in the same conditions is retried up to the policy's limit.
            await #expect(throws: APIError.self) { try await client.sessions(from: .minutesAgo(60), to: Date()) }
            // The simulator logs a request once its answer is written: wait for all of them.
            let log = try await sim.requestLog(until: { log in
                log.filter { $0.method == "GET" && $0.path.hasSuffix("/sessions") }.count >= RetryPolicy().maxAttempts
            })
            #expect(log.filter { $0.method == "GET" && $0.path.hasSuffix("/sessions") }.count == RetryPolicy().maxAttempts)
            #expect(log.filter { $0.method == "POST" && $0.path.hasSuffix("/sessions") }.count == 1)
            #expect(log.filter { $0.method == "POST" && $0.path.hasSuffix("/systemLinks") }.count == 1)
        }
    }

    @Test func postIsNotResentAfterADroppedConnection() async throws {
        try await withSimulator { sim in
            try await sim.control("PUT", "faults", ["fault": "drop-connection"])
            try await sim.control("DELETE", "requests")
            let client = try sim.client()
            await #expect(throws: APIError.self) { try await client.startSession(StartSessionRequest(customerName: "Dropped")) }
            try await sim.control("PUT", "faults", ["fault": NSNull()])
            let posts = try await sim.requestLog().filter { $0.method == "POST" && $0.path.hasSuffix("/sessions") }
            #expect(posts.count <= 1)
            let sessions = try await client.sessions(from: .minutesAgo(10), to: Date().addingTimeInterval(60)).sessions
            #expect(sessions.filter { $0.customerName == "Dropped" }.count <= 1)
        }
    }

    @Test func badAndSeatlessTokensAreAuthenticationFailures() async throws {
        try await withSimulator({ $0.seatlessTokens = ["no-seat-token"] }) { sim in
            await #expect(throws: APIError.invalidToken(message: "Invalid token passed")) {
                try await sim.client(token: "wrong-token").sessions(from: .minutesAgo(60), to: Date())
            }
            do {
                _ = try await sim.client(token: "no-seat-token").sessions(from: .minutesAgo(60), to: Date())
                Issue.record("expected an error")
            } catch let error as APIError {
                #expect(error.isAuthenticationFailure)
                if case .notEntitled = error {} else { Issue.record("expected notEntitled, got \(error)") }
            }
        }
    }

    @Test func legacyAuthorizationHeaderIsAccepted() async throws {
        try await withSimulator { sim in
            let list = try await sim.client(authStyle: .legacy).sessions(from: .minutesAgo(60 * 24), to: Date())
            #expect(list.sessions.count == list.totalNumSessions)
        }
    }

    @Test func documentedErrorStatusesMapToTypedErrors() async throws {
        // Raw probes, not the limited client: lift the simulator's rate limit for this test.
        try await withSimulator({ $0.rateLimitPerSecond = 1000 }) { sim in
            let cases: [(String, String, Int)] = [
                ("GET", "/sessions?sessionType=screen_sharing&fromTime=2026-01-02T00:00:00Z&toTime=2026-01-01T00:00:00Z", 400),
                ("GET", "/sessions?sessionType=screen_sharing&fromTime=yesterday&toTime=2026-01-01T00:00:00Z", 400),
                ("GET", "/sessions?sessionType=screen_sharing", 400),
                ("GET", "/companies?limit=51", 400),
                ("GET", "/companies?sortField=bogus", 400),
                ("GET", "/companies?q=zz-none-zz", 404),
                ("GET", "/archive/recordings", 400),
                ("GET", "/archive/recordings?accountKey=1", 403),
                ("GET", "/archive/recordings/urls?recordingIds=abc", 400),
                ("GET", "/systemLinks", 400),
                ("POST", "/companies", 405),
                ("GET", "/no/such/path", 404),
            ]
            for (method, path, status) in cases {
                let response = try await sim.raw(method, path)
                #expect(response.status == status, "\(method) \(path)")
                let error = APIError.from(status: response.status, body: response.body, retryAfter: nil)
                #expect(error.status == status, "\(method) \(path) → \(error)")
                if case .badRequest(let message) = error { #expect(!message.isEmpty) }
            }
            let bad = try await sim.raw("POST", "/sessions", body: #"{"customerName":"x"}"#)
            #expect(bad.status == 400)
            let badEmail = try await sim.raw("POST", "/sessions", body: #"{"sessionType":"screen_sharing","customerEmail":"nope"}"#)
            #expect(badEmail.status == 400)
        }
    }

    @Test func malformedJSONBecomesADecodingErrorWithAPath() async throws {
        try await withSimulator { sim in
            try await sim.control("PUT", "faults", ["fault": "malformed-json"])
            do {
                _ = try await sim.client().sessions(from: .minutesAgo(60), to: Date())
                Issue.record("expected a decoding error")
            } catch let APIError.decoding(path, _) {
                #expect(path.hasPrefix("$"))
            }
        }
    }

    @Test func slowBodiesStillArriveWhole() async throws {
        try await withSimulator({ $0.companyCount = 10 }) { sim in
            try await sim.control("PUT", "faults", ["fault": "slow-body"])
            #expect(try await sim.client().allCompanies().count == 10)
        }
    }

    @Test func tokensNeverReachTheLogs() async throws {
        try await withSimulator { sim in
            try await sim.control("PUT", "faults", ["errorRate": 0.5])
            let client = try sim.client()
            for _ in 0..<6 { _ = try? await client.sessions(from: .minutesAgo(60), to: Date()) }
            _ = try? await sim.client(token: "other-SECRET-token").companies()
            let link = try? await client.systemLinks(domain: sim.server.partnerDomain).first
            if let link { _ = try? await PartnerTicketClient(link: link, transport: sim.transport, logger: sim.logger).search(query: "x") }
            let text = sim.allLogText
            #expect(!text.isEmpty)
            #expect(!text.contains(sim.token))
            #expect(!text.contains("other-SECRET-token"))
            #expect(!text.contains(sim.server.partnerUserToken))
        }
    }
}
