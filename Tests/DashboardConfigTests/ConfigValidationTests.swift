import DashboardCore
import Testing
@testable import DashboardConfig

/// Every setting is checked where it is read: a value that would trap or leak later is one
/// line naming the file, the line, the key and what is allowed.
struct ConfigValidationTests {
    static func error(_ text: String) -> String? {
        do {
            _ = try ConfigLoader.parse(text, path: "config.toml")
            return nil
        } catch {
            return error.description
        }
    }

    @Test(arguments: [
        ("base_url = \"http://127.0.0.1:99999/G2A/rest/v1\"\n", "config.toml:1: base_url: has port 99999, outside 1–65535"),
        ("\n[profiles.x]\nbase_url = \"https://h.example.com:70000/\"\n", "config.toml:3: profiles.x.base_url: has port 70000, outside 1–65535"),
        ("base_url = \"https://\"\n", "config.toml:1: base_url: has no host"),
        ("base_url = \"http://api.example.com/G2A\"\n", "config.toml:1: base_url: uses plain http to api.example.com"),
        ("token_url = \"https://auth.example.com:0/token\"\n", "config.toml:1: token_url: has port 0, outside 1–65535"),
    ])
    func everyURLSettingIsChecked(text: String, expected: String) throws {
        let message = try #require(Self.error(text))
        #expect(message.hasPrefix(expected), "\(message)")
        #expect(!message.contains("\n"))
    }

    @Test func plainHTTPToLoopbackIsAllowed() throws {
        let config = try ConfigLoader.parse("base_url = \"http://127.0.0.1:8080/G2A/rest/v1\"\n", path: "config.toml")
        #expect(config.baseURL == "http://127.0.0.1:8080/G2A/rest/v1")
    }

    @Test(arguments: ["inf", "nan", "1e300", "-5", "86401", "0"])
    func refreshIntervalsAreFiniteAndBounded(value: String) throws {
        let message = try #require(Self.error("[refresh]\nsessions = \(value)\n"))
        #expect(message.hasPrefix("config.toml:2: refresh.sessions: must be from 2 to 86400 seconds, got "), "\(message)")
    }

    @Test func timeoutsAreReadAndBounded() throws {
        let config = try ConfigLoader.parse("[timeouts]\nconnect = 3\nanswer = 20.5\n", path: "config.toml")
        #expect(config.connectTimeout == 3)
        #expect(config.answerTimeout == 20.5)
        #expect(Self.error("[timeouts]\nanswer = inf\n")?.hasPrefix("config.toml:2: timeouts.answer: must be from 1 to 300 seconds") == true)
        #expect(Self.error("[timeouts]\nread = 5\n")?.hasPrefix("config.toml:2: timeouts.read: unknown timeout") == true)
    }

    @Test func aProfileTimeoutOverridesTheTopLevel() throws {
        let config = try ConfigLoader.parse("[timeouts]\nanswer = 20\n[profiles.slow.timeouts]\nanswer = 60\n", path: "config.toml")
        #expect(try config.resolved(profile: "slow", path: "config.toml").answerTimeout == 60)
        #expect(try config.resolved(profile: nil, path: "config.toml").answerTimeout == 20)
    }

    @Test func aKeyBoundToTwoCommandsNamesBoth() throws {
        let message = try #require(Self.error("[keys]\nquit = \"r\"\n"))
        #expect(message == "config.toml:2: keys.quit: key \"r\" would run both quit and refresh; bind refresh to other keys in [keys] too")
    }

    @Test func movingTheOtherCommandAwayResolvesTheConflict() throws {
        let config = try ConfigLoader.parse("[keys]\nquit = \"r\"\nrefresh = [\"ctrl-r\", \"f5\"]\n", path: "config.toml")
        #expect(config.keymap.command(for: .character("r")) == .quit)
        #expect(config.keymap.command(for: .function(5)) == .refresh)
    }

    @Test func twoConfiguredCommandsOnOneKeyAreRefused() throws {
        let message = try #require(Self.error("[keys]\nhelp = \"x\"\nrefresh = [\"x\"]\n"))
        #expect(message.contains("would run both help and refresh"), "\(message)")
    }

    @Test func aProfileKeyThatClashesIsBlamedOnTheProfile() throws {
        let message = try #require(Self.error("[keys]\nquit = \"Q\"\n[profiles.emea.keys]\nhelp = \"Q\"\n"))
        #expect(message.hasPrefix("config.toml:4: profiles.emea.keys.help: key \"Q\" would run both help and quit"), "\(message)")
    }
}
