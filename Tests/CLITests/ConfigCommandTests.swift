import Foundation
import Testing

/// `g2a-dash config path|show|check`, run as a person checking their setup would run them.
///
/// Each test writes a config file into the run's private `XDG_CONFIG_HOME` and asserts what
/// the user sees: the path, the `ok` or the error line naming file, line and key, the settings
/// with their origin, and that a secret never appears.
@Suite struct ConfigCommandTests {
    static let secret = "TOPSECRET-123"

    /// The config file path of an environment made by `BinaryRunner.environment`.
    static func configPath(_ env: [String: String]) throws -> String {
        try #require(env["XDG_CONFIG_HOME"]) + "/g2a-dash/config.toml"
    }

    /// Writes `credentials.toml` (mode 0600) beside the config, as `g2a-dash login` would.
    static func withCredentials(_ env: [String: String], _ toml: String) throws -> [String: String] {
        let dir = try #require(env["XDG_CONFIG_HOME"]) + "/g2a-dash"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let created = FileManager.default.createFile(atPath: dir + "/credentials.toml", contents: Data(toml.utf8),
                                                     attributes: [.posixPermissions: 0o600])
        #expect(created)
        return env
    }

    // MARK: - path

    @Test func pathPrintsOnlyTheConfigPathAndAllNamesEveryFile() async throws {
        let env = BinaryRunner.environment()
        let result = try await BinaryRunner.run(["config", "path"], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try Self.configPath(env)) + "\n")

        let all = try await BinaryRunner.run(["config", "path", "--all"], environment: env)
        let state = try #require(env["XDG_STATE_HOME"])
        let config = try #require(env["XDG_CONFIG_HOME"])
        #expect(all.stdout.split(separator: "\n") == [
            "config: \(config)/g2a-dash/config.toml",
            "credentials: \(config)/g2a-dash/credentials.toml",
            "log: \(state)/g2a-dash/g2a-dash.log",
        ])
    }

    // MARK: - check

    @Test func checkNamesFileLineAndKeyOfAnUnknownSetting() async throws {
        let env = try WriteCommandTests.withConfig(BinaryRunner.environment(), """
            base_url = "https://api.example.com/G2A/rest/v1"
            theme = "default-dark"
            colour = "blue"
            """)
        let result = try await BinaryRunner.run(["config", "check"], environment: env)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(try Self.configPath(env)):3: colour: unknown setting"), "\(result.stderr)")
    }

    @Test func checkNamesFileLineAndKeyOfABadValue() async throws {
        let env = try WriteCommandTests.withConfig(BinaryRunner.environment(), "[refresh]\nsessions = 1\n")
        let result = try await BinaryRunner.run(["config", "check"], environment: env)
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(try Self.configPath(env)):2: refresh.sessions: must be from 2 to 86400 seconds"),
                "\(result.stderr)")
    }

    @Test func checkAcceptsAGoodFileAndNamesItsProfiles() async throws {
        let env = try WriteCommandTests.withConfig(BinaryRunner.environment(), """
            theme = "default-dark"
            [refresh]
            sessions = 10
            [profiles.us]
            base_url = "https://us.example.com/G2A/rest/v1"
            [profiles.emea]
            base_url = "https://emea.example.com/G2A/rest/v1"
            """)
        let result = try await BinaryRunner.run(["config", "check"], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "ok: \(try Self.configPath(env))\nprofiles: emea, us\n")

        let one = try await BinaryRunner.run(["config", "check", "--profile", "emea"], environment: env)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.hasSuffix("profiles: emea\n"))

        let unknown = try await BinaryRunner.run(["config", "check", "--profile", "apac"], environment: env)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("profiles.apac: no such profile; known: emea, us"), "\(unknown.stderr)")
    }

    @Test func checkRefusesAThemeTheDashboardCouldNotLoad() async throws {
        let env = try WriteCommandTests.withConfig(BinaryRunner.environment(), """
            [profiles.night]
            theme = "no-such-theme"
            """)
        let result = try await BinaryRunner.run(["config", "check"], environment: env)
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(try Self.configPath(env)): profiles.night.theme:"), "\(result.stderr)")
        #expect(result.stderr.contains("no-such-theme"))
    }

    @Test func checkWithoutAFileSaysTheDefaultsApply() async throws {
        let env = BinaryRunner.environment()
        let result = try await BinaryRunner.run(["config", "check"], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "no config file at \(try Self.configPath(env)) (defaults apply)\n")
    }

    // MARK: - show

    @Test func showMasksTheClientSecretWhereverItComesFrom() async throws {
        let env = try WriteCommandTests.withConfig(BinaryRunner.environment(), """
            client_id = "dash-client"
            client_secret = "\(Self.secret)"
            [profiles.emea]
            client_secret = "\(Self.secret)-EMEA"
            """)
        let result = try await BinaryRunner.run(["config", "show"], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("client_id = \"dash-client\"\n"))
        #expect(result.stdout.contains("client_secret = \"****\""))
        #expect(!result.stdout.contains(Self.secret))

        var fromEnvironment = env
        fromEnvironment["G2A_CLIENT_SECRET"] = "ENV-SECRET-456"
        let profile = try await BinaryRunner.run(["config", "show", "--profile", "emea"], environment: fromEnvironment)
        #expect(profile.status == 0, "\(profile.stderr)")
        #expect(profile.stdout.contains("client_secret = \"****\""))
        #expect(profile.stdout.contains("# from G2A_CLIENT_SECRET"))
        #expect(!profile.stdout.contains(Self.secret))
        #expect(!profile.stdout.contains("ENV-SECRET-456"))
    }

    @Test func showAppliesTheProfileAndMarksDefaults() async throws {
        let env = try WriteCommandTests.withConfig(BinaryRunner.environment(), """
            base_url = "https://api.example.com/G2A/rest/v1"
            [refresh]
            companies = 120
            [profiles.emea]
            base_url = "https://emea.example.com/G2A/rest/v1"
            read_only = true
            """)
        let top = try await BinaryRunner.run(["config", "show"], environment: env)
        #expect(top.status == 0, "\(top.stderr)")
        let lines = top.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("base_url = \"https://api.example.com/G2A/rest/v1\""))
        #expect(lines.contains { $0.hasPrefix("theme = \"default-dark\"") && $0.hasSuffix("# default") })
        #expect(lines.contains { $0.hasPrefix("sessions = 5") && $0.hasSuffix("# default") })
        #expect(lines.contains("companies = 120"))
        #expect(lines.contains { $0.hasPrefix("refresh = [") && $0.hasSuffix("# default") })
        #expect(lines.contains("[timeouts]"))
        #expect(lines.contains { $0.hasPrefix("answer = 15") && $0.hasSuffix("# default") })
        #expect(lines.contains("# profiles in the file: emea (show one with --profile NAME)"))
        #expect(lines.contains("# partner_domain is not set: the ticket panel and `links register` need it"))
        // Everything that is not a comment is TOML a config file could hold.
        #expect(lines.allSatisfy { $0.isEmpty || $0.hasPrefix("#") || $0.hasPrefix("[") || $0.contains(" = ") })

        let emea = try await BinaryRunner.run(["config", "show", "--profile", "emea"], environment: env)
        #expect(emea.status == 0, "\(emea.stderr)")
        #expect(emea.stdout.contains("# profile: emea\n"))
        let emeaLines = emea.stdout.split(separator: "\n").map(String.init)
        #expect(emeaLines.contains { $0.hasPrefix("base_url = \"https://emea.example.com/G2A/rest/v1\"") && $0.hasSuffix("# profile emea") })
        #expect(emeaLines.contains { $0.hasPrefix("read_only = true") && $0.hasSuffix("# profile emea") })
        #expect(emeaLines.contains("companies = 120"))

        let option = try await BinaryRunner.run(["config", "show", "--base-url", "http://127.0.0.1:9/x"], environment: env)
        #expect(option.stdout.split(separator: "\n").contains { $0.hasPrefix("base_url = \"http://127.0.0.1:9/x\"") && $0.hasSuffix("# from --base-url") })
    }

    @Test func showSaysWhetherTheProfileIsLoggedInWithoutTheToken() async throws {
        let env = try Self.withCredentials(BinaryRunner.environment(), """
            [default]
            access_token = "SAVED-ACCESS-TOKEN-abc"
            refresh_token = "SAVED-REFRESH-TOKEN-def"
            expires_at = "2099-01-01T00:00:00Z"
            """)
        let config = try #require(env["XDG_CONFIG_HOME"])
        let result = try await BinaryRunner.run(["config", "show"], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(
            "# credentials: \(config)/g2a-dash/credentials.toml (logged in: yes, access token expires 2099-01-01T00:00:00Z, refresh token saved)\n"))
        #expect(!result.stdout.contains("SAVED-ACCESS-TOKEN"))
        #expect(!result.stdout.contains("SAVED-REFRESH-TOKEN"))
        #expect(result.stdout.contains("# config: \(config)/g2a-dash/config.toml (missing: defaults apply)\n"))

        let other = try await BinaryRunner.run(["config", "show"], environment: BinaryRunner.environment())
        #expect(other.stdout.contains("credentials.toml (logged in: no)\n"))
    }

    @Test func showEscapesControlCharactersInValues() async throws {
        // A TOML escape in the file becomes a real ESC in the value; show must not emit it raw.
        let env = try WriteCommandTests.withConfig(BinaryRunner.environment(), #"partner_domain = "evil\u001B]0;pwned\u0007.example.com""#)
        let result = try await BinaryRunner.run(["config", "show"], environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdoutBytes.contains(0x1B))
        #expect(!result.stdoutBytes.contains(0x07))
        #expect(result.stdout.contains(#"partner_domain = "evil\u001B]0;pwned\u0007.example.com""#))
    }

    @Test func showOfABrokenFileIsTheSameErrorAsCheck() async throws {
        let env = try WriteCommandTests.withConfig(BinaryRunner.environment(), "session_window = \"2w\"\n")
        let result = try await BinaryRunner.run(["config", "show"], environment: env)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(try Self.configPath(env)):1: session_window: must be 24h, 7d or 30d"), "\(result.stderr)")
    }
}
