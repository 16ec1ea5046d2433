import Foundation
import GoToAssistSimulator
import Logging
import Testing

/// The headless commands, run as a script would run them, against a simulator on loopback.
@Suite(.serialized) struct HeadlessCommandTests {
    static let token = "cli-token-SECRET"

    static func withSim(_ scenario: SimulatorScenario = .standard, _ body: (SimulatorServer, [String: String]) async throws -> Void) async throws {
        let server = try await SimulatorServer.start(
            SimulatorConfiguration(scenario: scenario, tokens: [token], rateLimitPerSecond: 1000),
            logger: Logger(label: "sim", factory: { _ in SwiftLogNoOpLogHandler() }))
        defer { Task { await server.stop() } }
        try await body(server, BinaryRunner.environment(["G2A_TOKEN": token]))
        await server.stop()
    }

    static func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    @Test func sessionsJSONHasEverySessionTheEnvelopeCounts() async throws {
        try await Self.withSim { server, env in
            let from = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-31 * 86_400))
            let result = try await BinaryRunner.run(["sessions", "--base-url", server.baseURL, "--from", from, "--output", "json"], environment: env)
            #expect(result.status == 0, "\(result.stderr)")
            let doc = try #require(try Self.json(result.stdout) as? [String: Any])
            let sessions = try #require(doc["sessions"] as? [[String: Any]])
            #expect(sessions.count == doc["totalNumSessions"] as? Int)
            #expect(sessions.count > 50)
            #expect(sessions.allSatisfy { $0["status"] is String })
            let waiting = try await BinaryRunner.run(["sessions", "--base-url", server.baseURL, "--from", from, "--status", "complete", "--output", "json"], environment: env)
            let filtered = try #require(try Self.json(waiting.stdout) as? [String: Any])
            #expect((filtered["sessions"] as? [[String: Any]])?.allSatisfy { $0["status"] as? String == "complete" } == true)
        }
    }

    @Test func companiesJSONWalksEveryPage() async throws {
        try await Self.withSim { server, env in
            let result = try await BinaryRunner.run(["companies", "--base-url", server.baseURL, "--output", "json"], environment: env)
            #expect(result.status == 0, "\(result.stderr)")
            let doc = try #require(try Self.json(result.stdout) as? [String: Any])
            #expect((doc["companies"] as? [Any])?.count == 120)
            #expect(doc["totalNumCompanies"] as? Int == 120)
            let desc = try await BinaryRunner.run(["companies", "--base-url", server.baseURL, "--sort", "companyId", "--desc", "--output", "csv"], environment: env)
            let lines = desc.stdout.split(separator: "\r\n")
            #expect(lines.first == "COMPANY ID,NAME")
            #expect(lines.count == 121)
        }
    }

    @Test func recordingsAndLinksPrintAsJSON() async throws {
        try await Self.withSim { server, env in
            let recordings = try await BinaryRunner.run(["recordings", "--base-url", server.baseURL, "--days", "60", "--output", "json"], environment: env)
            #expect(recordings.status == 0, "\(recordings.stderr)")
            let doc = try #require(try Self.json(recordings.stdout) as? [String: Any])
            #expect((doc["readyForDownload"] as? [Any])?.isEmpty == false)
            let links = try await BinaryRunner.run(["links", "list", "--domain", server.partnerDomain, "--base-url", server.baseURL, "--output", "json"], environment: env)
            #expect(links.status == 0, "\(links.stderr)")
            let list = try #require(try Self.json(links.stdout) as? [[String: Any]])
            #expect(list.count == 1)
            #expect(list[0]["callbackURL"] as? String == server.partnerCallbackURL)
            #expect(!links.stdout.contains(server.partnerUserToken))
        }
    }

    @Test func tablesAreAlignedAndHostileTextIsNeutralised() async throws {
        try await Self.withSim(.hostile) { server, env in
            let from = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-31 * 86_400))
            for format in ["table", "csv"] {
                let result = try await BinaryRunner.run(["sessions", "--base-url", server.baseURL, "--from", from, "--output", format], environment: env)
                #expect(result.status == 0, "\(result.stderr)")
                #expect(!result.stdoutBytes.contains(0x1B), "raw ESC in \(format) output")
                #expect(!result.stdout.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) })
                #expect(result.stdout.contains("\\e"), "escapes should be shown visibly")
            }
            let table = try await BinaryRunner.run(["companies", "--base-url", server.baseURL], environment: env)
            let lines = table.stdout.split(separator: "\n").map(String.init)
            // Columns start at the same display column on every line: the NAME column's offset.
            let header = try #require(lines.first)
            #expect(header.hasPrefix("COMPANY ID"))
            #expect(lines.allSatisfy { $0.count < 200 }, "a 10,000-character name must be cut in a table")
            let json = try await BinaryRunner.run(["companies", "--base-url", server.baseURL, "--output", "json"], environment: env)
            #expect(!json.stdoutBytes.contains(0x1B))
            #expect(!json.stdout.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || $0.value == 0x202E })
            #expect((try Self.json(json.stdout) as? [String: Any])?["totalNumCompanies"] != nil)
        }
    }

    @Test func exitCodesSayWhatWentWrong() async throws {
        try await Self.withSim { server, env in
            var noToken = env
            noToken["G2A_TOKEN"] = nil
            let missing = try await BinaryRunner.run(["sessions", "--base-url", server.baseURL], environment: noToken)
            #expect(missing.status == 3)
            #expect(missing.stderr.split(separator: "\n").count == 1)
            #expect(missing.stderr.contains("G2A_TOKEN"))

            var wrong = env
            wrong["G2A_TOKEN"] = "wrong-token-SECRET"
            let refused = try await BinaryRunner.run(["companies", "--base-url", server.baseURL], environment: wrong)
            #expect(refused.status == 3)
            #expect(!refused.stderr.contains("wrong-token-SECRET"))

            let usage = try await BinaryRunner.run(["sessions", "--base-url", server.baseURL, "--from", "last week"], environment: env)
            #expect(usage.status == 2)
            #expect(usage.stderr.contains("--from"))
            let noSuchOption = try await BinaryRunner.run(["sessions", "--token", "abc"], environment: env)
            #expect(noSuchOption.status == 2)

            let insecure = try await BinaryRunner.run(["sessions", "--base-url", "http://api.example.com/G2A/rest/v1"], environment: env)
            // A configuration error now (the URL is checked when it is read), so a usage exit.
            #expect(insecure.status == 2)
            #expect(insecure.stderr.contains("plain http"))

            let unreachable = try await BinaryRunner.run(["companies", "--base-url", "http://127.0.0.1:9/G2A/rest/v1"], environment: env)
            #expect(unreachable.status == 1)
            #expect(unreachable.stderr.hasPrefix("g2a-dash: network error"))
        }
    }

    @Test func tokenFilesMustBePrivate() async throws {
        try await Self.withSim { server, env in
            var noEnvToken = env
            noEnvToken["G2A_TOKEN"] = nil
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("token-\(UUID().uuidString)").path
            FileManager.default.createFile(atPath: path, contents: Data("\(Self.token)\n".utf8), attributes: [.posixPermissions: 0o644])
            defer { try? FileManager.default.removeItem(atPath: path) }
            let open = try await BinaryRunner.run(["companies", "--base-url", server.baseURL, "--token-file", path], environment: noEnvToken)
            #expect(open.status == 3)
            #expect(open.stderr.contains("chmod 600"))
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
            let ok = try await BinaryRunner.run(["companies", "--base-url", server.baseURL, "--token-file", path, "--output", "json"], environment: noEnvToken)
            #expect(ok.status == 0, "\(ok.stderr)")
        }
    }

    @Test func brokenConfigIsReportedWithFileLineAndKey() async throws {
        var env = BinaryRunner.environment(["G2A_TOKEN": Self.token])
        let dir = env["XDG_CONFIG_HOME"]! + "/g2a-dash"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "theme = \"light\"\n\n[refresh]\nsessions = 1\n".write(toFile: dir + "/config.toml", atomically: true, encoding: .utf8)
        let result = try await BinaryRunner.run(["companies"], environment: env)
        #expect(result.status == 2)
        #expect(result.stderr.contains("config.toml:4: refresh.sessions: must be from 2 to 86400 seconds"))
        env["G2A_TOKEN"] = nil
    }
}
