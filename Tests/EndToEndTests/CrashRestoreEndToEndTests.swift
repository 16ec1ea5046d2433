import Foundation
import Testing

/// A crash of the dashboard gives the user's terminal back at once: no raw mode left behind,
/// no backtracer waiting for a key on a hung SSH session; the report goes to the log file.
struct CrashRestoreEndToEndTests {
    @Test(arguments: [SIGSEGV, SIGABRT])
    func aCrashRestoresTheTerminalAndReportsIntoTheLog(signal: Int32) async throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("g2a-crash-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: state) }
        let stderrFile = state + "/stderr.txt"
        // No core file: dumping one (where core_pattern pipes it away) would only delay `stty`.
        let dashboard = Binary.commandLine("--demo 2>'\(stderrFile)'", environment: ["XDG_STATE_HOME": state])
        // In a subshell that execs it, so the shell's own "Segmentation fault" goes to the pane.
        let command = "sh -c \"ulimit -c 0; (exec \(dashboard.replacingOccurrences(of: "\"", with: "\\\""))); echo EXITED:\\$?; stty -a; exec cat\""
        let tmux = try TmuxSession(width: 100, height: 30, command: command)
        try await tmux.waitFor("STATUS")
        let pid = try #require(try tmux.paneChild(), "the dashboard runs under the pane's shell")
        kill(pid, signal)

        let name = signal == SIGSEGV ? "SIGSEGV" : "SIGABRT"
        let after = try await tmux.waitFor("the shell's stty after the crash", timeout: 2) {
            $0.contains("EXITED:") && $0.contains("icanon")
        }
        #expect(after.contains("EXITED:\(128 + signal)"), "the process still dies of the signal")
        #expect(after.contains(" icanon") && !after.contains("-icanon"), "canonical mode is back")
        #expect(after.contains(" echo ") && !after.contains("-echo "), "echo is back")
        #expect(!after.contains("Sessions"), "the dashboard's screen is gone (alternate screen left)")
        #expect(!after.contains("Press space"), "Swift's interactive backtracer did not take over")

        let stderr = try String(contentsOfFile: stderrFile, encoding: .utf8)
        let lines = stderr.split(separator: "\n")
        #expect(lines.count == 1, "one line on stderr, got:\n\(stderr)")
        let logPath = state + "/g2a-dash/g2a-dash.log"
        #expect(lines.first?.hasPrefix("g2a-dash: crashed (\(name)); the terminal was restored; crash report in \(logPath)") == true,
                "\(stderr)")
        let log = try String(contentsOfFile: logPath, encoding: .utf8)
        let report = try #require(log.range(of: "critical g2a-dash: crashed: \(name) sent by pid"), "crash line in the log:\n\(log)")
        let frames = log[report.upperBound...].split(separator: "\n").dropFirst()
        #expect(frames.contains { $0.contains("g2a-dash") && $0.contains("[0x") }, "a backtrace follows:\n\(log)")
    }
}
