import Foundation
import Testing

/// Bad input of every kind at the command line: one line naming what and where, exit 2 (3 for
/// a token), never a trap, a backtrace or a secret.
@Suite struct HardeningCommandTests {
    static let secret = "SECRET-4f9a"

    /// What a user sees: every line on stderr, the log file's text, and the exit status.
    static func run(_ arguments: [String], _ env: [String: String] = BinaryRunner.environment()) async throws
        -> (status: Int32, stdout: String, lines: [Substring], log: String)
    {
        let result = try await BinaryRunner.run(arguments, environment: env)
        let log = (try? String(contentsOfFile: (env["XDG_STATE_HOME"] ?? "") + "/g2a-dash/g2a-dash.log", encoding: .utf8)) ?? ""
        return (result.status, result.stdout, result.stderr.split(separator: "\n"), log)
    }

    // MARK: - URLs

    @Test func aBaseURLWithAnImpossiblePortIsOneLineExit2() async throws {
        let env = BinaryRunner.environment(["G2A_TOKEN": "t"])
        let out = try await Self.run(["sessions", "--base-url", "http://127.0.0.1:99999/G2A/rest/v1"], env)
        #expect(out.status == 2)
        #expect(out.lines == ["g2a-dash: --base-url has port 99999, outside 1–65535: http://127.0.0.1:99999/G2A/rest/v1"])
    }

    @Test func plainHTTPToAnotherHostIsAConfigurationError() async throws {
        let env = BinaryRunner.environment(["G2A_TOKEN": Self.secret, "G2A_BASE_URL": "http://api.example.com/G2A/rest/v1"])
        let out = try await Self.run(["sessions"], env)
        #expect(out.status == 2)
        #expect(out.lines.count == 1)
        #expect(out.lines.first?.contains("G2A_BASE_URL uses plain http to api.example.com") == true, "\(out.lines)")
        #expect(!out.log.contains(Self.secret))
    }

    @Test func configCheckRefusesAPortOutOfRange() async throws {
        let env = try WriteCommandTests.withConfig(BinaryRunner.environment(), "base_url = \"https://h.example.com:70000/G2A/rest/v1\"\n")
        let out = try await Self.run(["config", "check"], env)
        #expect(out.status == 2)
        #expect(out.lines.count == 1)
        #expect(out.lines.first?.hasSuffix("config.toml:1: base_url: has port 70000, outside 1–65535: https://h.example.com:70000/G2A/rest/v1") == true, "\(out.lines)")
    }

    // MARK: - Numbers

    @Test func configCheckRefusesAnInfiniteRefresh() async throws {
        for value in ["inf", "1e300"] {
            let env = try WriteCommandTests.withConfig(BinaryRunner.environment(), "[refresh]\nsessions = \(value)\n")
            let out = try await Self.run(["config", "check"], env)
            #expect(out.status == 2)
            #expect(out.lines.count == 1)
            #expect(out.lines.first?.contains("config.toml:2: refresh.sessions: must be from 2 to 86400 seconds") == true, "\(out.lines)")
        }
    }

    @Test func theDashboardRefusesAnInfiniteRefreshBeforeStarting() async throws {
        let env = try WriteCommandTests.withConfig(BinaryRunner.environment(), "[refresh]\nsessions = inf\n")
        let out = try await Self.run(["--demo"], env)
        #expect(out.status == 2)
        #expect(out.lines.count == 1)
        #expect(out.lines.first?.contains("refresh.sessions: must be from 2 to 86400 seconds, got inf") == true, "\(out.lines)")
    }

    @Test func aNegativeDaysSaysItIsNegative() async throws {
        let out = try await Self.run(["recordings", "--days", "-3"])
        #expect(out.status == 2)
        #expect(out.lines == ["g2a-dash: --days must be from 1 to 3650, got -3 (negative); see g2a-dash recordings --help"])
    }

    @Test func archiveParallelIsRangeChecked() async throws {
        let out = try await Self.run(["archive", "--dest", "/tmp/x", "--parallel", "0"])
        #expect(out.status == 2)
        #expect(out.lines == ["g2a-dash: --parallel must be from 1 to 16, got 0; see g2a-dash archive --help"])
    }

    @Test func simulatorNumbersAreRangeChecked() async throws {
        let out = try await Self.run(["sim", "--churn", "inf"])
        #expect(out.status == 2)
        #expect(out.lines == ["g2a-dash: --churn must be from 0 to 1000, got inf; see g2a-dash sim --help"])
    }

    @Test func aKeyBoundToTwoCommandsNamesBoth() async throws {
        let env = try WriteCommandTests.withConfig(BinaryRunner.environment(), "[keys]\nquit = \"r\"\n")
        let out = try await Self.run(["config", "check"], env)
        #expect(out.status == 2)
        #expect(out.lines.first?.hasSuffix("config.toml:2: keys.quit: key \"r\" would run both quit and refresh; bind refresh to other keys in [keys] too") == true, "\(out.lines)")
    }

    // MARK: - Usage errors

    @Test(arguments: [
        (["sessions", "--output", "xml"], "see g2a-dash sessions --help"),
        (["tickets", "search", "--frobnicate"], "see g2a-dash tickets search --help"),
        (["--no-such-flag"], "see g2a-dash --help"),
        (["recordings", "transcode"], "see g2a-dash recordings transcode --help"),
    ])
    func aUsageErrorIsOneLineWithWhereToLook(arguments: [String], hint: String) async throws {
        let out = try await Self.run(arguments)
        #expect(out.status == 2)
        #expect(out.lines.count == 1, "\(out.lines)")
        #expect(out.lines.first?.hasPrefix("g2a-dash: ") == true)
        #expect(out.lines.first?.hasSuffix(hint) == true, "\(out.lines)")
    }

    // MARK: - Tokens

    @Test func aTokenWithANewlineIsRefusedWithoutShowingIt() async throws {
        let env = BinaryRunner.environment(["G2A_TOKEN": Self.secret + "\nX"])
        let out = try await Self.run(["sessions", "--base-url", "http://127.0.0.1:9/G2A/rest/v1"], env)
        #expect(out.status == 3)
        #expect(out.lines == ["g2a-dash: the token from G2A_TOKEN holds a control character; a token is printable ASCII without spaces — copy it again"])
        #expect(!out.log.contains(Self.secret))
        #expect(!out.stdout.contains(Self.secret))
    }

    @Test(arguments: [("SECRET-4f9a XYZ", "holds a space"), ("SECRET-4f9aé", "holds a non-ASCII character"), ("SECRET-4f9a\tX", "holds a control character")])
    func aTokenFileWithAnUnusableTokenIsRefused(token: String, problem: String) async throws {
        let env = BinaryRunner.environment()
        let path = try #require(env["HOME"]) + "/token-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: try #require(env["HOME"]), withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(token.utf8), attributes: [.posixPermissions: 0o600]))
        let out = try await Self.run(["sessions", "--token-file", path, "--base-url", "http://127.0.0.1:9/G2A/rest/v1"], env)
        #expect(out.status == 3)
        #expect(out.lines == ["g2a-dash: the token from token file \(path) \(problem); a token is printable ASCII without spaces — copy it again"])
        #expect(!out.log.contains(Self.secret))
    }

    @Test func aTokenFileThatIsADirectorySaysSo() async throws {
        let env = BinaryRunner.environment()
        let dir = try #require(env["HOME"]) + "/tokendir"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        chmod(dir, 0o700)
        let out = try await Self.run(["sessions", "--token-file", dir], env)
        #expect(out.status == 3)
        #expect(out.lines == ["g2a-dash: token file \(dir) is a directory"])
    }

    @Test func aSavedTokenWithAControlCharacterIsRefusedWithoutShowingIt() async throws {
        let env = try ConfigCommandTests.withCredentials(BinaryRunner.environment(), """
            [default]
            access_token = "\(Self.secret)\\u001b[2J"
            """)
        let out = try await Self.run(["sessions", "--base-url", "http://127.0.0.1:9/G2A/rest/v1"], env)
        #expect(out.status == 3)
        #expect(out.lines.count == 1)
        #expect(out.lines.first?.contains("[default] access_token holds a control character") == true, "\(out.lines)")
        #expect(!out.lines.joined().contains(Self.secret))
    }
}
