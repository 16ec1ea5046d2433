import Foundation
import TestSupport
import Testing

/// `g2a-dash login --method paste` and `--method browser` at a real terminal against the
/// simulator's sign-in form, with the test (or a `$BROWSER` script) playing the browser; then
/// `g2a-dash sessions` runs on the saved login, and no token, code or verifier shows anywhere.
@Suite(.serialized) struct AuthorizationCodeLoginEndToEndTests {
    /// Private XDG folders, known to the test so it can read the log and the credentials file.
    struct Home {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("g2a-e2e-code-\(UUID().uuidString)").path
        var environment: [String: String] {
            ["HOME": root, "XDG_CONFIG_HOME": root + "/config", "XDG_STATE_HOME": root + "/state",
             "G2A_CLIENT_ID": "g2a-dash", "G2A_CLIENT_SECRET": "g2a-dash-secret"]
        }
        var log: String { (try? String(contentsOfFile: root + "/state/g2a-dash/g2a-dash.log", encoding: .utf8)) ?? "" }

        /// A value from the `[default]` table of credentials.toml.
        func saved(_ key: String) throws -> String {
            let text = try String(contentsOfFile: root + "/config/g2a-dash/credentials.toml", encoding: .utf8)
            let line = try #require(text.split(separator: "\n").first { $0.hasPrefix(key + " = ") })
            return String(line.dropFirst(key.count + 3)).trimmingCharacters(in: CharacterSet(charactersIn: "'\""))
        }
    }

    /// `login ARGS` in a wide terminal that stays open after exit to show the status and echo mode.
    static func login(_ arguments: String, _ environment: [String: String]) throws -> TmuxSession {
        let login = Binary.commandLine("login " + arguments + " --log-level trace", environment: environment)
        let command = "sh -c \"\(login.replacingOccurrences(of: "\"", with: "\\\"")); echo EXITED:\\$?; stty -a; exec cat\""
        return try TmuxSession(width: 600, height: 50, command: command)
    }

    static func curl(_ arguments: [String]) throws -> String {
        let result = try ChildProcess.run("/usr/bin/curl", ["-s"] + arguments)
        #expect(result.status == 0, "curl \(arguments): \(result.stderrText)")
        return result.stdoutText
    }

    /// The file's text once `ready` holds for it (the browser script may still be writing it).
    static func contents(of path: String, timeout: Double = 10, _ ready: (String) -> Bool) async throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var text = ""
        while Date() < deadline {
            text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            if ready(text) { return text }
            try await Task.sleep(for: .milliseconds(20))
        }
        return text
    }

    /// `g2a-dash sessions` with the saved login, which must work.
    static func sessions(_ sim: SimulatorProcess, _ home: Home) throws -> ChildProcess.Output {
        var env = home.environment
        env["PATH"] = "/usr/bin:/bin"
        env["LANG"] = "C.UTF-8"
        let result = try ChildProcess.run(
            Binary.path, ["sessions", "--base-url", sim.baseURL, "--output", "json", "--log-level", "trace"], environment: env)
        #expect(result.status == 0, "\(result.stderrText)")
        #expect(result.stdoutText.contains("\"sessions\""))
        return result
    }

    /// No secret in any text; on the screen and in the log no 43-character base64url run (a verifier's shape) but the
    /// state and challenge, which the authorize URL shows on purpose.
    static func expectNoSecrets(_ texts: [String], screen: [String], secrets: [String], shown url: String) {
        let allowed = Set(url.split(whereSeparator: { $0 == "&" || $0 == "?" || $0 == "=" }).map(String.init))
        for text in texts + screen {
            for secret in secrets { #expect(!text.contains(secret), "a secret leaked: \(text.prefix(300))") }
        }
        for text in screen {
            let runs = text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
            for run in runs where run.count == 43 && run.allSatisfy(\.isASCII) {
                #expect(allowed.contains(String(run)), "a verifier-shaped value appeared: \(run)")
            }
        }
    }

    @Test func pasteSignsInOnTheFormAndTheSavedLoginWorks() async throws {
        let sim = try await SimulatorProcess(token: "e2e-paste-token", extraArguments: ["--token-shape", "current"])
        let home = Home()
        let tmux = try Self.login("--method paste --base-url \(sim.baseURL)", home.environment)
        let prompt = try await tmux.waitFor("Address or code (not shown):")
        let line = try #require(prompt.split(separator: "\n").first { $0.contains("/oauth/v2/authorize?") })
        let url = line.trimmingCharacters(in: .whitespaces)

        // The test plays the browser: the form, the post, and the Location nothing listens on.
        #expect(try Self.curl([url]).contains("name=\"password\""))
        let location = try Self.curl(["-o", "/dev/null", "-w", "%{redirect_url}",
                                      "--data", "username=tech%40example.com&password=demo-password", url])
        #expect(location.hasPrefix("http://127.0.0.1:") && location.contains("code="))
        let code = try #require(URLComponents(string: location)?.queryItems?.first { $0.name == "code" }?.value)
        try tmux.type(location)
        try tmux.send("Enter")
        let done = try await tmux.waitFor("exit and tty modes") { $0.contains("EXITED:") && $0.contains("icanon") }
        #expect(done.contains("logged in as tech@example.com"), "\(done)")
        #expect(done.contains("EXITED:0"))
        #expect(done.contains(" echo "), "echo is on again")

        let sessions = try Self.sessions(sim, home)
        let secrets = [code, try home.saved("access_token"), try home.saved("refresh_token"), location]
        Self.expectNoSecrets([sessions.stdoutText, sessions.stderrText], screen: [done, home.log], secrets: secrets, shown: url)
    }

    @Test func aStalePasteIsOneClearLine() async throws {
        let sim = try await SimulatorProcess(token: "e2e-stale-token")
        let home = Home()
        let tmux = try Self.login("--method paste --base-url \(sim.baseURL)", home.environment)
        _ = try await tmux.waitFor("Address or code (not shown):")
        try tmux.type("http://127.0.0.1:50999/callback?code=ac-from-yesterday&state=an-older-sign-in")
        try tmux.send("Enter")
        let done = try await tmux.waitFor("exit") { $0.contains("EXITED:") && $0.contains("icanon") }
        #expect(done.contains("login failed: the address belongs to another or an older sign-in"), "\(done)")
        #expect(!done.contains("EXITED:0"))
        #expect(!done.contains("ac-from-yesterday"))
    }

    @Test func browserOpensBrowserAndTheLoopbackRedirectCompletesTheLogin() async throws {
        let sim = try await SimulatorProcess(token: "e2e-browser-token")
        let home = Home()
        try FileManager.default.createDirectory(atPath: home.root, withIntermediateDirectories: true)
        // A browser that signs in on the form and follows the redirect to the loopback listener.
        let script = home.root + "/browser.sh"
        try """
            #!/bin/sh
            curl -sf "$1" -o /dev/null || exit 1
            location=$(curl -s -o /dev/null -w '%{redirect_url}' --data 'username=tech%40example.com&password=demo-password' "$1")
            printf '%s' "$location" > "$0.location"
            curl -sf "$location" > "$0.page"
            """.write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        var environment = home.environment
        environment["DISPLAY"] = ":99"
        environment["BROWSER"] = script
        let tmux = try Self.login("--method browser --base-url \(sim.baseURL)", environment)
        let done = try await tmux.waitFor("exit and tty modes") { $0.contains("EXITED:") && $0.contains("icanon") }
        #expect(done.contains("opened with \(script)"))
        #expect(done.contains("logged in as tech@example.com"), "\(done)")
        #expect(done.contains("EXITED:0"))
        let page = try await Self.contents(of: script + ".page") { $0.contains("</html>") }
        #expect(page.contains("Signed in. You can close this tab"))
        let location = try String(contentsOfFile: script + ".location", encoding: .utf8)
        let code = try #require(URLComponents(string: location)?.queryItems?.first { $0.name == "code" }?.value)
        let url = try #require(done.split(separator: "\n").first { $0.contains("/oauth/v2/authorize?") })
            .trimmingCharacters(in: .whitespaces)

        let sessions = try Self.sessions(sim, home)
        let secrets = [code, try home.saved("access_token"), try home.saved("refresh_token")]
        Self.expectNoSecrets([sessions.stdoutText, sessions.stderrText], screen: [done, home.log], secrets: secrets, shown: url)
    }
}
