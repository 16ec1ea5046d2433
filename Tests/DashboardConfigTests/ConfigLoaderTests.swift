import DashboardCore
import Testing
@testable import DashboardConfig

/// The config file: every setting read, every mistake named with file, line and key.
struct ConfigLoaderTests {
    static let full = """
        base_url = "https://api.example.com/G2A/rest/v1"
        auth_style = "legacy"
        theme = "light"
        session_window = "7d"
        recordings_account_key = "4503599627370"

        [refresh]
        sessions = 3
        companies = 120

        [keys]
        refresh = ["r", "f5"]
        quit = "Q"

        [profiles.emea]
        base_url = "https://emea.example.com/G2A/rest/v1"
        theme = "high-contrast"
        """

    @Test func everySettingIsRead() throws {
        let config = try ConfigLoader.parse(Self.full, path: "config.toml")
        #expect(config.baseURL == "https://api.example.com/G2A/rest/v1")
        #expect(config.authStyle == "legacy")
        #expect(config.sessionWindow == .week)
        #expect(config.sessionsInterval == 3)
        #expect(config.companiesInterval == 120)
        #expect(config.recordingsInterval == nil)
        #expect(config.keymap.command(for: .function(5)) == .refresh)
        #expect(config.keymap.command(for: .character("Q")) == .quit)
        #expect(config.keymap.command(for: .character("q")) == nil)
    }

    @Test func aProfileOverridesTheTopLevel() throws {
        let config = try ConfigLoader.parse(Self.full, path: "config.toml")
        let emea = try config.resolved(profile: "emea", path: "config.toml")
        #expect(emea.baseURL == "https://emea.example.com/G2A/rest/v1")
        #expect(emea.theme == "high-contrast")
        #expect(emea.sessionWindow == .week)
        #expect(throws: ConfigError(path: "config.toml", key: "profiles.apac", message: "no such profile; known: emea")) {
            try config.resolved(profile: "apac", path: "config.toml")
        }
    }

    @Test(arguments: [
        ("theme = 3\n", "config.toml:1: theme: must be a string"),
        ("\n[refresh]\nsessions = 1\n", "config.toml:3: refresh.sessions: must be from 2 to 86400 seconds, got 1.0"),
        ("session_window = \"1y\"\n", "config.toml:1: session_window: must be 24h, 7d or 30d, got \"1y\""),
        ("base_url = \"ftp://x\"\n", "config.toml:1: base_url: must start with https:// or http://: ftp://x"),
        ("colour = \"red\"\n", "config.toml:1: colour: unknown setting"),
        ("[keys]\nfrobnicate = \"x\"\n", "config.toml:2: keys.frobnicate: unknown command"),
        ("[keys]\nquit = \"ctrl-\"\n", "config.toml:2: keys.quit: \"ctrl-\" is not a key name"),
        ("[refresh]\nsessons = 5\n", "config.toml:2: refresh.sessons: unknown pane"),
        ("theme = \n", "config.toml:1: not valid TOML"),
    ])
    func mistakesAreNamedWithLineAndKey(text: String, expected: String) {
        do {
            _ = try ConfigLoader.parse(text, path: "config.toml")
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.description.hasPrefix(expected), "\(error.description)")
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func hostileConfigTextIsSanitizedInErrors() {
        do {
            _ = try ConfigLoader.parse("theme = 1\n\"\u{1b}]0;pwned\u{7}\" = 2\n", path: "config.toml")
            Issue.record("expected an error")
        } catch {
            #expect(!error.description.unicodeScalars.contains { $0.value < 0x20 })
        }
    }

    @Test func defaultPathFollowsXDG() {
        #expect(ConfigLoader.defaultPath(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/home/t"]) == "/x/cfg/g2a-dash/config.toml")
        #expect(ConfigLoader.defaultPath(environment: ["HOME": "/home/t"]) == "/home/t/.config/g2a-dash/config.toml")
    }
}
