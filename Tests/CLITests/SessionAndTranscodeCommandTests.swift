import Foundation
import GoToAssistSimulator
import Testing

/// `g2a-dash session ID [--events]` and `g2a-dash recordings transcode ID…` against the simulator.
@Suite(.serialized) struct SessionAndTranscodeCommandTests {
    @Test func sessionShowsEveryFieldAndTheTranscriptSanitized() async throws {
        try await HeadlessCommandTests.withSim(.hostile) { server, env in
            let sessions = try await WriteCommandTests.sessions(server, env)
            let joined = try #require(sessions.first { $0["customerJoinedAt"] != nil && $0["endedAt"] != nil && $0["sessionId"] is String })
            let id = try #require(joined["sessionId"] as? String)

            let table = try await BinaryRunner.run(["session", id, "--events", "--base-url", server.baseURL], environment: env)
            #expect(table.status == 0, "\(table.stderr)")
            #expect(table.stdout.contains("session id"))
            #expect(table.stdout.contains(id))
            #expect(table.stdout.contains("transcript"))
            #expect(table.stdout.contains("(system): ") || table.stdout.contains("system: "))
            #expect(!table.stdout.contains("\u{1b}"), "hostile text never reaches the terminal raw")

            let json = try await BinaryRunner.run(["session", id, "--events", "--output", "json", "--base-url", server.baseURL], environment: env)
            #expect(json.status == 0, "\(json.stderr)")
            let doc = try #require(try HeadlessCommandTests.json(json.stdout) as? [String: Any])
            #expect((doc["session"] as? [String: Any])?["sessionId"] as? String == id)
            let events = try #require(doc["events"] as? [[String: Any]])
            #expect(events.count >= 3)
            #expect(events.allSatisfy { ["expert", "customer", "system"].contains($0["from"] as? String ?? "") })

            let missing = try await BinaryRunner.run(["session", "999999999", "--base-url", server.baseURL], environment: env)
            #expect(missing.status == 1)
            #expect(missing.stderr.contains("not found (404)"))
        }
    }

    @Test func transcodeSendsOnePOSTAndReadOnlyRefusesIt() async throws {
        try await HeadlessCommandTests.withSim { server, env in
            let list = try await BinaryRunner.run(["recordings", "--base-url", server.baseURL, "--days", "90", "--output", "json"], environment: env)
            let doc = try #require(try HeadlessCommandTests.json(list.stdout) as? [String: Any])
            let ids = try #require(doc["readyForTranscode"] as? [Any]).prefix(2).map { "\($0)" }
            #expect(ids.count == 2)
            try await WriteCommandTests.clearRequestLog(server)

            let refused = try await BinaryRunner.run(["recordings", "transcode", "--readonly", "--yes", "--base-url", server.baseURL] + ids, environment: env)
            #expect(refused.status == 2)
            #expect(refused.stderr.contains("read-only"))
            let bad = try await BinaryRunner.run(["recordings", "transcode", "--yes", "--base-url", server.baseURL, "12a"], environment: env)
            #expect(bad.status == 64 || bad.status == 2, "usage error for a non-numeric id: \(bad.status)")

            let sent = try await BinaryRunner.run(["recordings", "transcode", "--yes", "--base-url", server.baseURL] + ids, environment: env)
            #expect(sent.status == 0, "\(sent.stderr)")
            #expect(sent.stdout.contains("transcode requested for 2 recordings"))
            let log = try await WriteCommandTests.requestLog(server)
            #expect(WriteCommandTests.writes(log).map(\.path) == ["/G2A/rest/v1/archive/recordings/transcode/" + ids.joined(separator: ",")])
        }
    }
}
