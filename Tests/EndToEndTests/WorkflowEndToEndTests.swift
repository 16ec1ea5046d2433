import Foundation
import Testing

/// The technician's writes, driven through the real binary in tmux: start a session from the
/// `n` form, watch it appear once the (simulated) expert starts it, attach a ticket with `t`,
/// and the read-only mode that refuses all of it.
///
/// `--demo` runs the simulator with churn, so a session started from the form is started by
/// "the expert" a few seconds later, as a real one would be; the test waits for what a
/// technician would see, not for a fixed time.
@Suite(.serialized) struct WorkflowEndToEndTests {
    @Test func startASessionFromTheFormSeeItAppearAndAttachATicket() async throws {
        let tmux = try TmuxSession(width: 200, height: 40, command: Binary.commandLine("--demo"))
        try await tmux.waitFor("STATUS", "updated")

        // The form: customer name, Tab, email; Enter asks for confirmation first.
        try tmux.send("n")
        try await tmux.waitFor("Start a session", "Customer name", "Customer email")
        try tmux.type("Zed Quill")
        try tmux.send("Tab")
        try tmux.type("not-an-email")
        try tmux.send("Enter")
        // Inline validation keeps the form open and says what is wrong.
        try await tmux.waitFor("the email error") { $0.contains("not an email address") && !$0.contains("Confirm") }
        try tmux.send("C-u")
        try tmux.type("zed.quill@example.com")
        try tmux.send("Enter")
        try await tmux.waitFor("Confirm", "Start a screen-sharing session with Zed Quill?")
        try tmux.send("y")
        let launch = try await tmux.waitFor("Launch URL", "copy")
        #expect(launch.contains("https://"), "the launch URL is on screen")
        try tmux.send("Escape")

        // The simulated expert starts it; it shows up in the Sessions pane, marked.
        try await tmux.waitFor("the new session in Sessions, marked", timeout: 40) { s in
            s.split(separator: "\n").contains { $0.contains("Zed Quill") && $0.contains("★") }
        }

        // Filter down to it (so it is selected whatever else churns), wait until it has an id.
        try tmux.send("/")
        try tmux.type("Zed Quill")
        try tmux.send("Enter")
        // (The simulated customer may join or give up; either way the session now has an id.)
        try await tmux.waitFor("the session started, with an id and still marked", timeout: 40) { s in
            s.split(separator: "\n").contains {
                $0.contains("Zed Quill") && $0.contains("★") && $0.range(of: #"\s\d{6,}\s"#, options: .regularExpression) != nil
            }
        }

        // `t`: the ticket panel finds the demo's partner link and lists its tickets.
        try tmux.send("t")
        try await tmux.waitFor("Tickets for session", "partner system", "TITLE")
        try tmux.send("Enter")
        let confirm = try await tmux.waitFor("Attach ticket")
        let ticket = try #require(Self.firstMatch(#"Attach ticket (\S+) to session"#, in: confirm))
        try tmux.send("y")
        let row = try await tmux.waitFor("the ticket on the row") { s in
            !s.contains("Tickets for session")
                && s.split(separator: "\n").contains { $0.contains("Zed Quill") && $0.contains(ticket) }
        }
        #expect(row.contains("attached"), "the status bar says the ticket was attached")
    }

    @Test func readOnlyRefusesToStartASession() async throws {
        let tmux = try TmuxSession(width: 120, height: 40, command: Binary.commandLine("--demo --readonly"))
        try await tmux.waitFor("STATUS", "READ-ONLY")
        try tmux.send("n")
        let refused = try await tmux.waitFor("read-only: starting sessions is disabled")
        #expect(!refused.contains("Customer name"), "no form opens")
        try tmux.send("?")
        let help = try await tmux.waitFor("show this help")
        #expect(help.contains("read-only"), "help says the write keys are disabled")
    }

    static func firstMatch(_ pattern: String, in text: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }
}
