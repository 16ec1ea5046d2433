import Foundation
import Testing

/// `g2a-dash login` at a real terminal: the password is typed with echo off, never shows on
/// screen, and the terminal's echo is back afterwards.
@Suite(.serialized) struct LoginEndToEndTests {
    @Test func thePasswordIsNotEchoedAndTheTerminalIsRestored() async throws {
        let sim = try await SimulatorProcess(token: "e2e-login-token")
        let environment = ["G2A_CLIENT_ID": "g2a-dash", "G2A_CLIENT_SECRET": "g2a-dash-secret"]
        let login = Binary.commandLine("login --base-url \(sim.baseURL) --username tech@example.com", environment: environment)
        let command = "sh -c \"\(login.replacingOccurrences(of: "\"", with: "\\\"")); echo EXITED:\\$?; stty -a; exec cat\""
        let tmux = try TmuxSession(width: 120, height: 40, command: command)
        try await tmux.waitFor("How do you sign in?", "Choose 1-5 [2]")
        try tmux.type("password")
        try tmux.send("Enter")
        try await tmux.waitFor("Password:")
        try tmux.type("demo-password")
        try tmux.send("Enter")
        let done = try await tmux.waitFor("exit and tty modes") { $0.contains("EXITED:") && $0.contains("icanon") }
        #expect(done.contains("logged in as tech@example.com"))
        #expect(done.contains("EXITED:0"))
        #expect(!done.contains("demo-password"), "the password never appears on screen")
        #expect(done.contains(" echo "), "echo is on again")
    }
}
