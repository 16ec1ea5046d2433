import Foundation
import TestSupport

/// A tmux server of its own running one command in a window of a fixed size.
///
/// Tests type with `send`, read the screen with `screen()`, and wait for what a user would see
/// with `waitFor` (a deadline, not a fixed delay). Each session uses its own socket, so tests
/// never see each other's windows.
final class TmuxSession: @unchecked Sendable {  // immutable after init
    let socket = "g2a-e2e-\(UUID().uuidString.prefix(8))"
    private let target = "e2e"

    /// Starts `command` (a shell command line) in a detached window of `width`×`height`.
    init(width: Int, height: Int, command: String, keepPaneAfterExit: Bool = false) throws {
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)", command],
                 readsOutput: false)
        if keepPaneAfterExit { try tmux(["set-option", "-t", target, "remain-on-exit", "on"]) }
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// Types keys: tmux key names (`Enter`, `Escape`, `Tab`, `BTab`, `C-c`) or single characters.
    func send(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", target, key]) }
    }

    /// Types text literally.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", target, "-l", text]) }

    /// Pastes `text` as a terminal does: bracketed (`paste-buffer -p`) when the program asked
    /// for bracketed paste, as raw typing otherwise.
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", "e2e-paste", "--", text])
        try tmux(["paste-buffer", "-p", "-d", "-b", "e2e-paste", "-t", target])
    }

    /// The visible screen as text, one line per row.
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", target]) }

    /// A tmux format value of the pane (`pane_pid`, `pane_dead`, `pane_title`, …).
    func paneValue(_ name: String) throws -> String {
        try tmux(["display-message", "-p", "-t", target, "#{\(name)}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The first child of the pane's process: the program a pane's shell runs in the foreground.
    func paneChild() throws -> Int32? {
        guard let shell = Int32(try paneValue("pane_pid")) else { return nil }
        let text = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return text?.split(separator: " ").first.flatMap { Int32($0) }
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Ends the tmux server, which hangs up on the program (as a dropped SSH session does).
    func killServer() throws { try tmux(["kill-server"]) }

    /// Waits (off the cooperative pool) until the screen satisfies `condition`; returns that screen.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 20, _ condition: @escaping @Sendable (String) -> Bool) async throws -> String {
        try await offload { [self] in
            let deadline = Date().addingTimeInterval(timeout)
            var last = ""
            while Date() < deadline {
                last = (try? screen()) ?? ""
                if condition(last) { return last }
                Pause.briefly()
            }
            throw E2EError.timeout("\(what) did not appear within \(Int(timeout)) s; screen was:\n\(last)")
        }
    }

    /// Waits until the screen contains every one of `texts`.
    @discardableResult
    func waitFor(_ texts: String..., timeout: Double = 20) async throws -> String {
        try await waitFor(texts.joined(separator: " + "), timeout: timeout) { screen in texts.allSatisfy { screen.contains($0) } }
    }

    /// Runs a tmux command. `readsOutput: false` for commands that start the server: the
    /// server daemon inherits the client's stdout, so a pipe would never reach end-of-file.
    @discardableResult
    private func tmux(_ arguments: [String], readsOutput: Bool = true) throws -> String {
        let result = try ChildProcess.run("tmux", ["-L", socket] + arguments, captureOutput: readsOutput)
        guard result.status == 0 else {
            throw E2EError.tmux("tmux \(arguments.prefix(2).joined(separator: " ")) exited \(result.status)")
        }
        return result.stdoutText
    }
}

enum E2EError: Error, CustomStringConvertible {
    case timeout(String)
    case tmux(String)

    var description: String {
        switch self {
        case .timeout(let text), .tmux(let text): text
        }
    }
}

/// A short bounded pause between polls of a condition.
enum Pause {
    static func briefly() {
        _ = DispatchSemaphore(value: 0).wait(timeout: .now() + .milliseconds(50))
    }
}

/// Where the built binary is and how to run it in a clean environment.
enum Binary {
    static var path: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("g2a-dash").path
    }

    /// `env … g2a-dash args` with private XDG folders, a UTF-8 locale and a colour terminal.
    static func commandLine(_ arguments: String, environment: [String: String] = [:]) -> String {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("g2a-e2e-\(UUID().uuidString)").path
        var env = ["HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_STATE_HOME": home + "/state",
                   "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "screen-256color", "TZ": "UTC"]
        env.merge(environment) { _, new in new }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        return "env -i PATH=/usr/bin:/bin \(assignments) '\(path)' \(arguments)"
    }
}
