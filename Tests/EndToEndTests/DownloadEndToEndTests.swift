import Foundation
import Testing

/// Downloading recordings from the dashboard: mark two with space, `D`, watch the panel,
/// and find every file complete on disk (no `.part` left), filed by date.
@Suite(.serialized) struct DownloadEndToEndTests {
    /// Starts the demo dashboard with its own HOME on the Recordings pane, filtered to the
    /// recordings ready for download.
    static func readyRecordings(home: String) async throws -> TmuxSession {
        let environment = ["HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_STATE_HOME": home + "/state"]
        let tmux = try TmuxSession(width: 160, height: 40, command: Binary.commandLine("--demo", environment: environment))
        try await tmux.waitFor("STATUS", "updated")
        try tmux.send("3")
        try tmux.send("/")
        try tmux.type("download")
        try tmux.send("Enter")
        try await tmux.waitFor("/download")
        return tmux
    }

    /// Starts the demo dashboard with its own HOME, marks two recordings ready for download,
    /// presses `D` and opens the downloads panel (`w`).
    static func downloadTwo() async throws -> (TmuxSession, home: String) {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("g2a-e2e-\(UUID().uuidString)").path
        let tmux = try await Self.readyRecordings(home: home)
        try tmux.send("Space")
        try tmux.send("Space")
        try await tmux.waitFor("2 marked")
        try tmux.send("D")
        try tmux.send("w")
        return (tmux, home)
    }

    @Test func markedRecordingsDownloadInTheBackgroundIntoDatedFolders() async throws {
        let (tmux, home) = try await Self.downloadTwo()
        let panel = try await tmux.waitFor("the downloads panel") { $0.contains(".mp4") && $0.contains("x cancel file") }
        #expect(panel.contains(".events") && panel.contains(".jpg"))
        let done = try await tmux.waitFor("downloads finished", timeout: 60)
        #expect(done.contains("6 files"))
        // Still responsive: the panel closes and the pane is there.
        try tmux.send("Escape")
        try await tmux.waitFor("panel closed") { !$0.contains("x cancel file") && $0.contains("RECORDING") }

        let root = home + "/g2a-recordings"
        let files = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).filter { !$0.hasSuffix("/") }
        // The folder's lock file, shared with `archive`, sits beside the date folders.
        #expect(files.contains(".g2a-dash.lock"))
        let names = files.filter { $0.contains(".") && $0 != ".g2a-dash.lock" }
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

    /// While an `archive` run holds the download folder, a dashboard download does not write
    /// into it: it fails at once, naming the run's pid, and leaves no `.part` behind.
    @Test func aDownloadIntoAFolderAnArchiveRunHoldsFailsNamingItsPid() async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("g2a-e2e-\(UUID().uuidString)").path
        let root = home + "/g2a-recordings"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let fd = open(root + "/.g2a-dash.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        defer { close(fd) }
        #expect(fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) == 0)
        _ = "4242\n".withCString { write(fd, $0, 5) }
        let tmux = try await Self.readyRecordings(home: home)
        try tmux.send("d")
        try await tmux.waitFor("↓ failed", timeout: 30)
        try tmux.send("w")
        try await tmux.waitFor("the reason in the downloads panel") { $0.contains("failed: in use by another g2a-dash (pid 4242") }
        let files = FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []
        #expect(!files.contains { $0.hasSuffix(".part") || $0.hasSuffix(".mp4") }, "\(files)")
    }
}
