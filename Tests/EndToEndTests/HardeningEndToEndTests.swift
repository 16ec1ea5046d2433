import Foundation
import TestSupport
import Testing

/// The real binary in tmux facing a fast typist, a paste and a server that never answers.
@Suite(.serialized) struct HardeningEndToEndTests {
    /// A filter after the Companies search has run: the server's total, not `shown/loaded`.
    static let searched = #"2 Companies \(\d+\) /ac"#

    @Test func lettersTypedAfterASearchPauseStayText() async throws {
        let tmux = try TmuxSession(width: 80, height: 24, command: Binary.commandLine("--demo"))
        try await tmux.waitFor("STATUS", "updated")
        try tmux.send("2")
        try await tmux.waitFor("COMPANY ID", "updated")
        try tmux.send("/")
        try tmux.type("ac")
        // The real pause: wait until the debounced server search has answered.
        try await tmux.waitFor("server search for ac") { $0.range(of: Self.searched, options: .regularExpression) != nil }
        try tmux.type("n")
        let afterN = try await tmux.waitFor("/acn in the title") { $0.contains("/acn") }
        #expect(!afterN.contains("Start a session"), "n opened the start form:\n\(afterN)")
        try tmux.type("q")
        try await tmux.waitFor("/acnq in the title") { $0.contains("/acnq") }
        #expect(try tmux.paneValue("pane_dead") == "0", "q quit the dashboard")
    }

    @Test func aPasteOutsideAFieldIsIgnoredAndIntoTheFilterIsText() async throws {
        let tmux = try TmuxSession(width: 80, height: 24, command: Binary.commandLine("--demo"), keepPaneAfterExit: true)
        try await tmux.waitFor("STATUS", "updated")
        try tmux.paste("qn")
        try await tmux.waitFor("paste ignored")
        #expect(try tmux.paneValue("pane_dead") == "0", "a pasted q quit the dashboard")
        #expect(!(try tmux.screen()).contains("Start a session"))
        try tmux.send("/")
        try tmux.paste("zz-pasted\n")
        let screen = try await tmux.waitFor("/zz-pasted")
        #expect(screen.contains("no rows match /zz-pasted"), "\(screen)")
    }

    @Test func aServerThatNeverAnswersShowsWaitingThenStale() async throws {
        let server = try SilentServer()
        let tmux = try TmuxSession(width: 120, height: 40, command: Binary.commandLine(
            "--base-url \(server.baseURL)", environment: ["G2A_TOKEN": "e2e-token"]))
        try await tmux.waitFor("waiting label") { $0.range(of: #"1 Sessions \(0\).*waiting [5-9]s"#, options: .regularExpression) != nil }
        let stale = try await tmux.waitFor("stale after the answer timeout", timeout: 30) { $0.contains("no answer in 15 s") }
        #expect(stale.contains("stale"), "\(stale)")
    }
}
