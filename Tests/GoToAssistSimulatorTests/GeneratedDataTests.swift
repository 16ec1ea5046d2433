import Foundation
import GoToAssistSimulator
import HummingbirdTesting
import Testing

struct GeneratedDataTests {
    static let endpoints = [
        "/sessions?sessionType=screen_sharing&\(SimTest.allTime)", "/companies?limit=50&offset=50",
        "/systemLinks?systemDomain=helpdesk.example.com",
    ]

    static func snapshot(_ configuration: SimulatorConfiguration) async throws -> [String] {
        try await SimTest.withRouter(configuration) { client in
            var bodies: [String] = []
            for endpoint in endpoints {
                bodies.append(try await client.api(endpoint).text)
            }
            let key = try #require(
                ((try JSONSerialization.jsonObject(with: Data(bodies[0].utf8)) as? [String: Any])?["sessions"] as? [[String: Any]])?
                    .first?["accountKey"] as? Int
            )
            bodies.append(try await client.api("/archive/recordings?accountKey=\(key)").text)
            return bodies
        }
    }

    @Test func sameSeedProducesIdenticalData() async throws {
        let first = try await Self.snapshot(SimTest.configuration())
        let second = try await Self.snapshot(SimTest.configuration())
        // Compared element by element so a failure names the endpoint instead of dumping everything.
        for (index, endpoint) in (Self.endpoints + ["/archive/recordings"]).enumerated() {
            #expect(first[index] == second[index], "\(endpoint) differs between runs")
        }
    }

    @Test func differentSeedsProduceDifferentData() async throws {
        var other = SimTest.configuration()
        other.seed = 2
        let first = try await Self.snapshot(SimTest.configuration())
        let second = try await Self.snapshot(other)
        #expect(first[0] != second[0])
        #expect(first[1] != second[1])
    }

    @Test func namesAreInternational() async throws {
        try await SimTest.withRouter { client in
            let text = try await client.api("/sessions?sessionType=screen_sharing&\(SimTest.allTime)").text
            let scalars = text.unicodeScalars
            #expect(scalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "CJK")
            #expect(scalars.contains { (0x0590...0x06FF).contains($0.value) }, "right-to-left")
            #expect(scalars.contains { $0.properties.isEmojiPresentation }, "emoji")
        }
    }

    @Test func hostileScenarioInjectsEscapesControlsBidiAndHugeStrings() async throws {
        try await SimTest.withRouter(SimTest.configuration(scenario: .hostile)) { client in
            let sessions = try #require(
                try await client.api("/sessions?sessionType=screen_sharing&\(SimTest.allTime)").object()["sessions"]
                    as? [[String: Any]]
            )
            let names = sessions.compactMap { $0["customerName"] as? String }
            #expect(names.contains { $0.contains("\u{1b}[2J") })
            #expect(names.contains { $0.contains("\u{1b}]0;pwned\u{7}") })
            #expect(names.contains { $0.contains("\u{202E}") })
            #expect(names.contains { $0.count >= 10_000 })
            #expect(sessions.contains { ($0["notes"] as? String)?.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0x9B } == true })
            let live = sessions.filter { ["waiting", "active"].contains($0["status"] as? String ?? "") }
            #expect(live.contains { ($0["customerName"] as? String)?.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x202E || $0.value == 0x7F } == true })

            let companies = try #require(try await client.api("/companies?q=%1B").object()["companies"] as? [[String: Any]])
            #expect(!companies.isEmpty)
            let token = try await PartnerTicketsTests.userToken(client)
            let tickets = try await client.send("/partner/tickets?userToken=\(token)&limit=100").array()
            #expect(tickets.contains { ($0["title"] as? String)?.contains("\u{1b}") == true })
        }
    }

    @Test func oneHundredThousandSessionsGenerateQuicklyAndListingAnswers() async throws {
        var configuration = SimTest.configuration(sessionCount: 100_000)
        configuration.recordingCount = 300
        let started = ContinuousClock.now
        let app = buildSimulator(configuration, logger: SimTest.logger)
        let generation = ContinuousClock.now - started
        #expect(generation < .seconds(5), "generation took \(generation)")
        try await app.test(.router) { client in
            let window = "fromTime=2025-12-31T00:00:00Z&toTime=2026-01-01T01:00:00Z"
            let listStarted = ContinuousClock.now
            let response = try await client.api("/sessions?sessionType=screen_sharing&\(window)")
            #expect(response.status == .ok)
            let count = try #require(try response.object()["totalNumSessions"] as? Int)
            #expect(count > 2_000)
            #expect(ContinuousClock.now - listStarted < .seconds(10))
        }
    }
}
