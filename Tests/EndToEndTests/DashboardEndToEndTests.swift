import Foundation
import TestSupport
import Testing

/// The real binary with `--demo`, driven through tmux by key presses.
@Suite(.serialized) struct DashboardEndToEndTests {
    @Test func demoShowsThreePanesWithLiveDataAndADemoBadge() async throws {
        let tmux = try TmuxSession(width: 120, height: 40, command: Binary.commandLine("--demo"))
        let screen = try await tmux.waitFor("DEMO", "Sessions", "Companies", "Recordings", "updated")
        #expect(screen.contains("STATUS"))
        #expect(screen.contains("COMPANY ID") || screen.contains("NAME"))
        // Live rows: at least one session status word is on screen.
        try await tmux.waitFor("session rows") { s in ["complete", "abandoned", "active", "waiting"].contains { s.contains($0) } }
    }

    @Test func keysSwitchPanesFilterAndOpenTheDetail() async throws {
        let tmux = try TmuxSession(width: 80, height: 24, command: Binary.commandLine("--demo"))
        try await tmux.waitFor("STATUS", "updated")
        try tmux.send("2")
        try await tmux.waitFor("COMPANY ID")
        try tmux.send("Tab")
        try await tmux.waitFor("RECORDING")
        try tmux.send("1")
        try await tmux.waitFor("STATUS")
        try tmux.send("2")
        try await tmux.waitFor("COMPANY ID", "updated")
        try tmux.send("/")
        try tmux.type("acme")
        try tmux.send("Enter")
        let filtered = try await tmux.waitFor("filtered companies") { s in
            let rows = s.split(separator: "\n").filter { $0.contains("│") && $0.range(of: #"\d{3,}"#, options: .regularExpression) != nil }
            return !rows.isEmpty && rows.allSatisfy { $0.localizedCaseInsensitiveContains("acme") }
        }
        #expect(filtered.contains("acme"))
        // Enter on a company opens its panel: id and name in the title, its machines below.
        try tmux.send("Enter")
        let machines = try await tmux.waitFor("company panel") { s in
            s.range(of: #"Company \d+ . .*acme"#, options: [.regularExpression, .caseInsensitive]) != nil
                && (s.contains("NAME") || s.contains("no unattended machines"))
        }
        #expect(machines.contains("Esc"))
        try tmux.send("Escape")
        try await tmux.waitFor("panel closed") { s in
            s.range(of: #"Company \d+ ."#, options: .regularExpression) == nil
        }
        try tmux.send("Escape")
        try await tmux.waitFor("filter cleared") { s in !s.contains("/acme") }
        // Enter on a session opens the detail with every field.
        try tmux.send("1")
        try await tmux.waitFor("STATUS")
        try tmux.send("Enter")
        try await tmux.waitFor("status:", "customer:")
        // Below the fields (G scrolls to the end), the chat transcript or why there is none yet.
        try tmux.send("G")
        try await tmux.waitFor("transcript")
        try await tmux.waitFor("transcript loaded") { s in
            s.contains("system: ") || s.contains("none until the session starts") || s.contains("no messages")
        }
        try tmux.send("Escape")
        try await tmux.waitFor("detail closed") { !$0.contains("transcript") }
    }

    @Test func helpIsGeneratedFromTheKeymap() async throws {
        let tmux = try TmuxSession(width: 100, height: 40, command: Binary.commandLine("--demo"))
        try await tmux.waitFor("STATUS")
        try tmux.send("?")
        let help = try await tmux.waitFor("show this help", "refresh now")
        #expect(help.contains(":theme"))
        try tmux.send("Escape")
        try await tmux.waitFor("help closed") { !$0.contains("show this help") }
    }

    @Test func quittingRestoresTheTerminal() async throws {
        let command = "sh -c \"\(Binary.commandLine("--demo").replacingOccurrences(of: "\"", with: "\\\"")); echo EXITED:\\$?; stty -a; exec cat\""
        let tmux = try TmuxSession(width: 100, height: 30, command: command)
        try await tmux.waitFor("STATUS")
        try tmux.send("q")
        let after = try await tmux.waitFor("exit status and tty modes") { $0.contains("EXITED:0") && $0.contains("icanon") }
        #expect(after.contains(" icanon"), "canonical mode restored")
        #expect(after.contains(" echo"), "echo restored")
        #expect(!after.contains("Sessions"), "the dashboard's screen is gone")
    }

    @Test func ctrlCQuitsAndRestoresTheTerminal() async throws {
        let command = "sh -c \"\(Binary.commandLine("--demo").replacingOccurrences(of: "\"", with: "\\\"")); echo EXITED:\\$?; stty -a; exec cat\""
        let tmux = try TmuxSession(width: 100, height: 30, command: command)
        try await tmux.waitFor("STATUS")
        try tmux.send("C-c")
        let after = try await tmux.waitFor("exit status and tty modes") { $0.contains("EXITED:0") && $0.contains("icanon") }
        #expect(after.contains(" icanon"))
    }

    /// `kill -INT`/`-TERM`/`-HUP`: the dashboard shuts down by itself (its log says so; it is
    /// not killed by the signal) and exits 128 + the signal, as the README promises; `q` and
    /// Ctrl-C (keys) exit 0 above.
    @Test(arguments: [(SIGINT, 130), (SIGTERM, 143), (SIGHUP, 129)])
    func signalsEndTheDashboardCleanlyWithTheSignalsExitStatus(signal: Int32, expected: Int) async throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("g2a-e2e-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: state) }
        let dashboard = Binary.commandLine("--demo --log-level info", environment: ["XDG_STATE_HOME": state])
        // The shell reports the status: tmux does not always reap a pane's process promptly.
        let command = "sh -c \"(exec \(dashboard.replacingOccurrences(of: "\"", with: "\\\""))); echo EXITED:\\$?; exec cat\""
        let tmux = try TmuxSession(width: 100, height: 30, command: command)
        try await tmux.waitFor("STATUS")
        let pid = try #require(try tmux.paneChild(), "the dashboard runs under the pane's shell")
        kill(pid, signal)
        let after = try await tmux.waitFor("the exit status", timeout: 10) { $0.contains("EXITED:") }
        #expect(after.contains("EXITED:\(expected)"), "\(after)")
        let log = try String(contentsOfFile: state + "/g2a-dash/g2a-dash.log", encoding: .utf8)
        let reason = signal == SIGHUP ? "hangup" : "signal(\(signal))"
        #expect(log.contains("reason=\(reason) dashboard stopped"), "shut down, not killed:\n\(log)")
    }

    @Test func theDashboardExitsWhenItsTerminalGoesAway() async throws {
        let tmux = try TmuxSession(width: 100, height: 30, command: "exec " + Binary.commandLine("--demo"))
        try await tmux.waitFor("STATUS")
        let pid = try #require(Int32(try tmux.paneValue("pane_pid")))
        try tmux.killServer()
        let exited = try await offload { () -> Bool in
            let deadline = Date().addingTimeInterval(10)
            while Self.isRunning(pid), Date() < deadline { Pause.briefly() }
            return !Self.isRunning(pid)
        }
        #expect(exited, "g2a-dash must exit, not spin, when its terminal disappears")
    }

    /// Whether a process is alive; a zombie (exited, not yet reaped by its new parent) is not.
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(close, offsetBy: 2)]
        return state != "Z" && state != "X"
    }

    @Test func resizingRelaysOutAndTooSmallSaysWhatIsNeeded() async throws {
        let tmux = try TmuxSession(width: 120, height: 40, command: Binary.commandLine("--demo"))
        try await tmux.waitFor("Recordings", "Companies")
        try tmux.resize(width: 50, height: 12)
        let small = try await tmux.waitFor("terminal too small")
        #expect(small.contains("50"))
        try tmux.resize(width: 90, height: 30)
        try await tmux.waitFor("STATUS")
        try tmux.resize(width: 130, height: 40)
        try await tmux.waitFor("Recordings", "Companies", "STATUS")
    }
}
