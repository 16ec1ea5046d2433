import Foundation
import Testing

/// Downloading recordings from the dashboard: mark two with space, `D`, watch the panel,
/// and find every file complete on disk (no `.part` left), filed by date.
@Suite(.serialized) struct DownloadEndToEndTests {
    @Test func markedRecordingsDownloadInTheBackgroundIntoDatedFolders() async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("g2a-e2e-\(UUID().uuidString)").path
        let environment = ["HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_STATE_HOME": home + "/state"]
        let tmux = try TmuxSession(width: 160, height: 40, command: Binary.commandLine("--demo", environment: environment))
        try await tmux.waitFor("STATUS", "updated")
        try tmux.send("3")
        try tmux.send("/")
        try tmux.type("download")
        try tmux.send("Enter")
        try await tmux.waitFor("/download")
        try tmux.send("Space")
        try tmux.send("Space")
        try await tmux.waitFor("2 marked")
        try tmux.send("D")
        try tmux.send("w")
        let panel = try await tmux.waitFor("the downloads panel") { $0.contains(".mp4") && $0.contains("x cancel file") }
        #expect(panel.contains(".events") && panel.contains(".jpg"))
        let done = try await tmux.waitFor("downloads finished", timeout: 60)
        #expect(done.contains("6 files"))
        // Still responsive: the panel closes and the pane is there.
        try tmux.send("Escape")
        try await tmux.waitFor("panel closed") { !$0.contains("x cancel file") && $0.contains("RECORDING") }

        let root = home + "/g2a-recordings"
        let files = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).filter { !$0.hasSuffix("/") }
        let names = files.filter { $0.contains(".") }
        #expect(names.filter { $0.hasSuffix(".mp4") }.count == 2, "\(files)")
        #expect(names.filter { $0.hasSuffix(".events") }.count == 2)
        #expect(names.filter { $0.hasSuffix(".jpg") }.count == 2)
        #expect(!names.contains { $0.hasSuffix(".part") }, "nothing half-written is left")
        #expect(names.allSatisfy { $0.range(of: #"^\d{4}/\d{2}/\d{2}/\d+\.(mp4|events|jpg)$"#, options: .regularExpression) != nil }, "\(names)")
        for name in names where name.hasSuffix(".mp4") {
            let size = (try? FileManager.default.attributesOfItem(atPath: root + "/" + name)[.size] as? Int) ?? 0
            #expect(size > 0)
        }
    }
}
