import Foundation
import Testing

/// `g2a-dash info`, run as a technician would before filing a bug report.
///
/// It must name the files, the login state, the terminal and the locale, ask the API exactly
/// once, and never print a token, whichever way the token was given.
@Suite(.serialized) struct InfoCommandTests {
    /// The report's `name: value` lines as a dictionary.
    static func fields(_ stdout: String) -> [String: String] {
        var fields: [String: String] = [:]
        for line in stdout.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = String(line[line.index(after: colon)...].dropFirst())
        }
        return fields
    }

    @Test func againstTheSimulatorTheAPIAnswersAndTheTokenStaysHidden() async throws {
        try await HeadlessCommandTests.withSim { server, env in
            try await WriteCommandTests.clearRequestLog(server)
            let result = try await BinaryRunner.run(["info", "--base-url", server.baseURL], environment: env)
            #expect(result.status == 0, "\(result.stderr)")
            let info = Self.fields(result.stdout)
            let config = try #require(env["XDG_CONFIG_HOME"])
            let state = try #require(env["XDG_STATE_HOME"])
            #expect(info["version"]?.hasPrefix("g2a-dash ") == true)
            #expect(info["api"]?.hasPrefix("ok (") == true, "\(result.stdout)")
            #expect(info["api"]?.hasSuffix(" ms)") == true)
            #expect(info["config"] == "\(config)/g2a-dash/config.toml (missing: defaults apply)")
            #expect(info["credentials"] == "\(config)/g2a-dash/credentials.toml (logged in: no)")
            #expect(info["token"] == "G2A_TOKEN (overrides a saved login)")
            #expect(info["log"] == "\(state)/g2a-dash/g2a-dash.log")
            #expect(info["profile"] == "default")
            #expect(info["base_url"] == server.baseURL)
            #expect(info["locale"] == "C.UTF-8 (LANG)")
            #expect(info["utf-8"] == "yes")
            #expect(!result.stdout.contains(HeadlessCommandTests.token))
            #expect(!result.stderr.contains(HeadlessCommandTests.token))
            // One request, and a read.
            let log = try await WriteCommandTests.requestLog(server)
            #expect(log.map(\.method) == ["GET"])
            #expect(log.first?.path.hasSuffix("/sessions") == true, "\(log)")
        }
    }

    @Test func aSavedLoginIsUsedAndOnlyItsExpiryIsShown() async throws {
        try await HeadlessCommandTests.withSim { server, _ in
            // No G2A_TOKEN here: the token the simulator accepts is only in the credentials file.
            let env = try ConfigCommandTests.withCredentials(BinaryRunner.environment(), """
                [default]
                access_token = "\(HeadlessCommandTests.token)"
                expires_at = "2099-01-01T00:00:00Z"
                """)
            let result = try await BinaryRunner.run(["info", "--base-url", server.baseURL, "--output", "json"], environment: env)
            #expect(result.status == 0, "\(result.stderr)")
            let info = try #require(try HeadlessCommandTests.json(result.stdout) as? [String: String])
            #expect(info["api"]?.hasPrefix("ok (") == true, "\(result.stdout)")
            #expect(info["credentials"]?.hasSuffix("(logged in: yes, access token expires 2099-01-01T00:00:00Z)") == true)
            #expect(info["token"] == "saved login (g2a-dash login)")
            #expect(!result.stdout.contains(HeadlessCommandTests.token))
        }
    }

    @Test func aRefusedTokenIsReportedWithoutEchoingIt() async throws {
        try await HeadlessCommandTests.withSim { server, _ in
            let wrong = "WRONG-TOKEN-789"
            let env = BinaryRunner.environment(["G2A_TOKEN": wrong])
            let result = try await BinaryRunner.run(["info", "--base-url", server.baseURL], environment: env)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(Self.fields(result.stdout)["api"]?.hasPrefix("failed (") == true, "\(result.stdout)")
            #expect(!result.stdout.contains(wrong))
            #expect(!result.stderr.contains(wrong))
        }
    }

    @Test func withoutAnyTokenTheAPIIsNotChecked() async throws {
        let result = try await BinaryRunner.run(["info"], environment: BinaryRunner.environment())
        #expect(result.status == 0, "\(result.stderr)")
        let info = Self.fields(result.stdout)
        #expect(info["api"]?.hasPrefix("not checked (not logged in: run g2a-dash login") == true, "\(result.stdout)")
        #expect(info["token"] == "none")
        #expect(info["base_url"] == "https://api.getgo.com/G2A/rest/v1")
    }

    @Test func theTerminalLinesFollowTheEnvironment() async throws {
        let plain = try await BinaryRunner.run(["info"], environment: BinaryRunner.environment(
            ["LANG": "C", "TERM": "xterm-256color"]))
        let info = Self.fields(plain.stdout)
        #expect(info["term"] == "xterm-256color")
        #expect(info["colors"]?.hasPrefix("256 (guessed") == true)
        #expect(info["locale"] == "C (LANG)")
        #expect(info["utf-8"]?.hasPrefix("no (") == true)

        let noColor = try await BinaryRunner.run(["info"], environment: BinaryRunner.environment(
            ["TERM": "xterm-direct", "NO_COLOR": "1"]))
        #expect(Self.fields(noColor.stdout)["colors"]?.hasPrefix("none (") == true)
        let direct = try await BinaryRunner.run(["info"], environment: BinaryRunner.environment(["TERM": "xterm-direct"]))
        #expect(Self.fields(direct.stdout)["colors"]?.hasPrefix("truecolor (24-bit)") == true)
    }

    @Test func aBrokenConfigStillPrintsTheReportAndExitsTwo() async throws {
        let env = try WriteCommandTests.withConfig(BinaryRunner.environment(), "theme = \"default-dark\"\nbase_url = 42\n")
        let result = try await BinaryRunner.run(["info"], environment: env)
        #expect(result.status == 2)
        let info = Self.fields(result.stdout)
        #expect(info["version"] != nil)
        #expect(info["config"]?.contains("(invalid: ") == true)
        #expect(info["api"] == "not checked (fix the configuration first)")
        #expect(result.stderr.contains("config.toml:2: base_url: must be a string"), "\(result.stderr)")
    }
}
