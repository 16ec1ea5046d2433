import Foundation
import TestSupport
import Testing

/// Profiles in the real binary: the dashboard starts on a profile with a saved login (no
/// G2A_TOKEN), and `:profile NAME` switches to another at runtime, or says why it cannot.
@Suite(.serialized) struct ProfileEndToEndTests {
    static let token = "e2e-profile-token"

    @Test func theDashboardUsesTheSavedLoginAndSwitchesProfilesAtRuntime() async throws {
        let sim = try await SimulatorProcess(token: Self.token, extraArguments: ["--sessions", "40"])
        let baseURL = sim.baseURL
        #expect(baseURL.hasPrefix("http://127.0.0.1:"))

        // Two profiles on the simulator; the saved login of each is the simulator's token.
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("g2a-e2e-\(UUID().uuidString)").path
        let folder = home + "/config/g2a-dash"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try """
            [profiles.dayshift]
            base_url = "\(baseURL)"
            [profiles.nightshift]
            base_url = "\(baseURL)"
            read_only = true
            [profiles.loggedout]
            base_url = "\(baseURL)"
            """.write(toFile: folder + "/config.toml", atomically: true, encoding: .utf8)
        let credentials = folder + "/credentials.toml"
        FileManager.default.createFile(atPath: credentials, contents: Data("""
            [dayshift]
            access_token = "\(Self.token)"
            [nightshift]
            access_token = "\(Self.token)"
            """.utf8), attributes: [.posixPermissions: 0o600])

        let environment = ["HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_STATE_HOME": home + "/state"]
        let tmux = try TmuxSession(width: 120, height: 40,
                                   command: Binary.commandLine("--profile dayshift", environment: environment))
        let first = try await tmux.waitFor("STATUS", "dayshift", "updated")
        #expect(!first.contains("READ-ONLY"))

        try tmux.send(":")
        try tmux.type("profile nightshift")
        try tmux.send("Enter")
        let switched = try await tmux.waitFor("profile nightshift", "READ-ONLY", "updated")
        #expect(!switched.contains("dayshift"))

        try tmux.send(":")
        try tmux.type("profile loggedout")
        try tmux.send("Enter")
        let refused = try await tmux.waitFor("profile loggedout: ")
        #expect(refused.contains("not logged in"))
        #expect(refused.contains("nightshift"), "still on the previous profile")
        #expect(!refused.contains(Self.token))
    }
}
