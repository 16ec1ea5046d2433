import Foundation
import Testing

/// Terminal escapes in API data are shown, never executed.
struct HostileDataEndToEndTests {
    @Test func escapeSequencesFromTheAPIAreShownVisibly() async throws {
        // A hostile simulator in one tmux window, the dashboard pointed at it in another.
        let sim = try TmuxSession(width: 200, height: 5, command: Binary.commandLine("sim --scenario hostile --token e2e-token --port 0"))
        let banner = try await sim.waitFor("base-url")
        let line = try #require(banner.split(separator: "\n").first { $0.hasPrefix("base-url: ") })
        let baseURL = line.dropFirst("base-url: ".count).trimmingCharacters(in: .whitespaces)
        let tmux = try TmuxSession(width: 120, height: 40, command: Binary.commandLine("--base-url \(baseURL)", environment: ["G2A_TOKEN": "e2e-token"]))
        let screen = try await tmux.waitFor("STATUS", "\\e")
        #expect(try tmux.paneValue("pane_title") != "pwned", "an OSC title sequence reached the terminal")
        #expect(!screen.contains("\u{1b}"))
        try tmux.send("Enter")
        try await tmux.waitFor("detail with escapes") { $0.contains("\\e") && $0.contains("customer:") }
        #expect(try tmux.paneValue("pane_title") != "pwned")
    }
}
