import Foundation
import GoToAssistSimulator
import Logging
import TestSupport
import Testing

/// `g2a-dash archive` run as cron would run it: what ends up on disk, what it prints, how it
/// exits, and that a killed or failed run is finished by the next one without loss or duplicates.
@Suite(.serialized) struct ArchiveCommandTests {
    static let token = "archive-token-SECRET"

    static func withSim(recordings: Int, sizes: ClosedRange<Int>,
                        _ body: (SimulatorServer, [String: String], String) async throws -> Void) async throws {
        let server = try await SimulatorServer.start(
            SimulatorConfiguration(recordingCount: recordings, tokens: [token], rateLimitPerSecond: 1000,
                                   recordingSizeRange: sizes),
            logger: Logger(label: "sim", factory: { _ in SwiftLogNoOpLogHandler() }))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("g2a-archive-cli-\(UUID().uuidString)").path
        defer {
            try? FileManager.default.removeItem(atPath: folder)
            Task { await server.stop() }
        }
        try await body(server, BinaryRunner.environment(["G2A_TOKEN": token]), folder)
        await server.stop()
    }

    static func arguments(_ server: SimulatorServer, _ folder: String, parallel: Int = 3) -> [String] {
        ["archive", "--base-url", server.baseURL, "--dest", folder, "--days", "60", "--parallel", "\(parallel)"]
    }

    /// The manifest's lines as dictionaries.
    static func manifest(_ folder: String) throws -> [[String: Any]] {
        guard let data = FileManager.default.contents(atPath: folder + "/manifest.jsonl") else { return [] }
        return try data.split(separator: UInt8(ascii: "\n")).map {
            try #require(try JSONSerialization.jsonObject(with: Data($0)) as? [String: Any])
        }
    }

    static func partFiles(_ folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".part") }
    }

    /// Every file of every manifest line has the generator's exact bytes (hashed on disk here).
    static func expectFilesMatchSource(_ folder: String, _ lines: [[String: Any]]) throws {
        let kinds: [String: RecordingFileKind] = ["mp4": .video, "events": .events, "jpg": .thumbnail]
        for line in lines {
            let idText = try #require(line["recordingId"] as? String)
            let id = try #require(Int(idText))
            let size = try #require(line["size"] as? Int)
            let files = try #require(line["files"] as? [String: [String: Any]])
            #expect(Set(files.keys) == Set(kinds.keys))
            for (name, file) in files {
                let kind = try #require(kinds[name])
                let expectedSize = RecordingContent.fileSize(kind, recordingId: id, recordingSize: size, seed: 1)
                let expected = RecordingContent.sha256Hex(recordingId: id, size: expectedSize, seed: 1, kind: kind)
                let relative = try #require(file["path"] as? String)
                let path = folder + "/" + relative
                let output = try ChildProcess.run("/usr/bin/sha256sum", [path])
                #expect(output.stdoutText.hasPrefix(expected + " "), "\(path) differs from the source")
                #expect(file["sha256"] as? String == expected)
                #expect(file["size"] as? Int == expectedSize)
            }
        }
    }

    @Test func archivesEveryRecordingWithPlainLinesAndASummary() async throws {
        try await Self.withSim(recordings: 20, sizes: 20_000...300_000) { server, env, folder in
            let result = try await BinaryRunner.run(Self.arguments(server, folder), environment: env)
            #expect(result.status == 0, "\(result.stderr)")
            let lines = try Self.manifest(folder)
            #expect(!lines.isEmpty)
            let archivedLines = result.stdout.split(separator: "\n").filter { $0.hasPrefix("archived ") }
            #expect(archivedLines.count == lines.count, "one plain line per recording when not on a terminal")
            #expect(result.stdout.contains("archive: \(lines.count) archived, 0 skipped, 0 failed"))
            #expect(!result.stderr.contains("\u{1B}["), "no progress bar outside a terminal")
            try Self.expectFilesMatchSource(folder, lines)

            let again = try await BinaryRunner.run(Self.arguments(server, folder), environment: env)
            #expect(again.status == 0, "\(again.stderr)")
            #expect(again.stdout.contains("archive: 0 archived, \(lines.count) skipped, 0 failed"))
            #expect(try Self.manifest(folder).count == lines.count)
        }
    }

    @Test func aRunKilledMidDownloadIsCompletedByTheNextWithoutDuplicates() async throws {
        try await Self.withSim(recordings: 10, sizes: 5_000_000...9_000_000) { server, env, folder in
            let child = try ChildProcess.start(BinaryRunner.binary, Self.arguments(server, folder), environment: env)
            // Killed as soon as the first recording is complete: the others are mid-download.
            let firstLine = try await offload { () -> String in
                var text = ""
                while !text.contains("\n") {
                    let chunk = child.readSome()
                    if chunk.isEmpty { break }
                    text += String(decoding: chunk, as: UTF8.self)
                }
                child.signal(SIGKILL)
                _ = child.wait()
                return text
            }
            #expect(firstLine.hasPrefix("archived "))
            let killedAt = try Self.manifest(folder)
            #expect(!Self.partFiles(folder).isEmpty, "the kill left partial downloads")

            let rerun = try await BinaryRunner.run(Self.arguments(server, folder), environment: env)
            #expect(rerun.status == 0, "\(rerun.stderr)")
            let lines = try Self.manifest(folder)
            let ids = lines.compactMap { $0["recordingId"] as? String }
            #expect(Set(ids).count == ids.count, "no recording twice in the manifest")
            #expect(lines.count > killedAt.count)
            #expect(rerun.stdout.contains("archive: \(lines.count - killedAt.count) archived, \(killedAt.count) skipped, 0 failed"))
            #expect(Self.partFiles(folder).isEmpty)
            try Self.expectFilesMatchSource(folder, lines)
        }
    }

    @Test func aWriteFailureStopsWithTheFileNamedAndTheNextRunResumes() async throws {
        try await Self.withSim(recordings: 10, sizes: 3_000_000...6_000_000) { server, env, folder in
            let quoted = ([BinaryRunner.binary] + Self.arguments(server, folder)).map { "'\($0)'" }.joined(separator: " ")
            // Files over 1 MiB fail with EFBIG, as on a full disk or quota, without filling one.
            let limited = try await offload {
                try ChildProcess.run("/bin/sh", ["-c", "trap '' XFSZ; ulimit -f 2048; exec \(quoted)"], environment: env)
            }
            #expect(limited.status == 1)
            #expect(limited.stderrText.contains("cannot write \(folder)/"))
            #expect(limited.stderrText.contains(".part: File too large"))
            #expect(!Self.partFiles(folder).isEmpty, "partial files are kept for the resume")

            let rerun = try await BinaryRunner.run(Self.arguments(server, folder), environment: env)
            #expect(rerun.status == 0, "\(rerun.stderr)")
            #expect(Self.partFiles(folder).isEmpty)
            let lines = try Self.manifest(folder)
            #expect(!lines.isEmpty)
            try Self.expectFilesMatchSource(folder, lines)
        }
    }

    @Test func badOptionsAreUsageErrors() async throws {
        for arguments in [
            ["archive"],
            ["archive", "--dest", "/tmp/x", "--parallel", "0"],
            ["archive", "--dest", "/tmp/x", "--days", "3", "--from", "2026-01-01"],
            ["archive", "--dest", "/tmp/x", "--attended", "--unattended"],
            ["archive", "--dest", "/tmp/x", "--from", "yesterday"],
        ] {
            let result = try await BinaryRunner.run(arguments, environment: BinaryRunner.environment(["G2A_TOKEN": Self.token]))
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
        }
    }
}
