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

    /// The ids `g2a-dash recordings --output json` lists as ready for download (archived ones
    /// with `archived`), over the same 60 days as `arguments`.
    static func listed(_ server: SimulatorServer, _ env: [String: String], archived: Bool = false) async throws -> Set<String> {
        let result = try await BinaryRunner.run(
            ["recordings", "--base-url", server.baseURL, "--days", "60", "--output", "json"] + (archived ? ["--archived"] : []),
            environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        let doc = try #require(try HeadlessCommandTests.json(result.stdout) as? [String: Any])
        let ids = try #require(doc["readyForDownload"] as? [Any])
        return Set(ids.map { "\($0)" })
    }

    /// The ids of every `PUT …/archived/{ids}` the simulator saw, one array per request.
    static func markRequests(_ server: SimulatorServer) async throws -> [[String]] {
        let prefix = "/G2A/rest/v1/archive/recordings/archived/"
        return try await WriteCommandTests.requestLog(server).filter { $0.method == "PUT" }.map { request in
            #expect(request.path.hasPrefix(prefix), "\(request.path)")
            return request.path.dropFirst(prefix.count).split(separator: ",").map(String.init)
        }
    }

    static func manifestIds(_ folder: String) throws -> [String] {
        try manifest(folder).map { try #require($0["recordingId"] as? String) }
    }

    @Test func markArchivedLeavesOnlyNewRecordingsForTheNextRun() async throws {
        try await Self.withSim(recordings: 15, sizes: 5_000...50_000) { server, env, folder in
            let before = try await Self.listed(server, env)
            #expect(!before.isEmpty)
            try await WriteCommandTests.clearRequestLog(server)

            let marking = try await BinaryRunner.run(Self.arguments(server, folder) + ["--mark-archived"], environment: env)
            #expect(marking.status == 0, "\(marking.stderr)")
            let ids = try Self.manifestIds(folder)
            #expect(Set(ids) == before)
            #expect(marking.stdout.contains("archive: \(ids.count) archived, 0 skipped, 0 failed, \(ids.count) marked archived"))
            let puts = try await Self.markRequests(server)
            #expect(puts.allSatisfy { $0.count <= 500 })
            #expect(puts.flatMap { $0 }.sorted() == ids.sorted(), "each archived recording marked exactly once")

            // The next default run finds nothing new; the recordings now list only as archived.
            let next = try await BinaryRunner.run(Self.arguments(server, folder), environment: env)
            #expect(next.status == 0, "\(next.stderr)")
            #expect(next.stdout.contains("archive: 0 archived, 0 skipped, 0 failed"))
            #expect(try await Self.listed(server, env).isDisjoint(with: ids))
            #expect(try await Self.listed(server, env, archived: true).isSuperset(of: ids))
        }
    }

    @Test func moreThan500RecordingsAreMarkedInRequestsOfAtMost500() async throws {
        try await Self.withSim(recordings: 1_200, sizes: 1_000...4_000) { server, env, folder in
            let result = try await BinaryRunner.run(Self.arguments(server, folder, parallel: 8) + ["--mark-archived"], environment: env)
            #expect(result.status == 0, "\(result.stderr)")
            let ids = try Self.manifestIds(folder)
            #expect(ids.count > 500)
            let puts = try await Self.markRequests(server)
            #expect(puts.count == (ids.count + 499) / 500)
            #expect(puts.allSatisfy { $0.count <= 500 })
            #expect(puts.flatMap { $0 }.sorted() == ids.sorted())
            #expect(result.stdout.contains("\(ids.count) marked archived"))
        }
    }

    @Test func aRecordingThatFailsIsNotMarkedAndStaysListed() async throws {
        try await Self.withSim(recordings: 12, sizes: 5_000...50_000) { server, env, folder in
            let first = try await BinaryRunner.run(Self.arguments(server, folder), environment: env)
            #expect(first.status == 0, "\(first.stderr)")
            let lines = try Self.manifest(folder)
            #expect(lines.count >= 3)
            // Two recordings lose their video, and its .part is a folder, so it cannot be written again.
            var broken: Set<String> = []
            for line in lines.prefix(2) {
                let files = try #require(line["files"] as? [String: [String: Any]])
                let video = folder + "/" + (try #require(files["mp4"]?["path"] as? String))
                try FileManager.default.removeItem(atPath: video)
                try FileManager.default.createDirectory(atPath: video + ".part", withIntermediateDirectories: false)
                broken.insert(try #require(line["recordingId"] as? String))
            }
            let complete = Set(try Self.manifestIds(folder)).subtracting(broken)
            try await WriteCommandTests.clearRequestLog(server)

            let marking = try await BinaryRunner.run(Self.arguments(server, folder) + ["--mark-archived"], environment: env)
            #expect(marking.status == 1)
            #expect(marking.stdout.contains("archive: 0 archived, \(complete.count) skipped, 2 failed, \(complete.count) marked archived"))
            for id in broken { #expect(marking.stderr.contains("failed \(id): cannot write"), "\(marking.stderr)") }
            let puts = try await Self.markRequests(server)
            #expect(!puts.isEmpty)
            #expect(puts.allSatisfy { $0.count <= 500 })
            #expect(Set(puts.flatMap { $0 }) == complete, "only recordings complete on disk are marked")
            #expect(try await Self.listed(server, env) == broken, "the failed ones are still listed for the next run")
        }
    }

    @Test func aRunStoppedByAWriteFailureMarksNothingAndTheNextRunMarksEverything() async throws {
        try await Self.withSim(recordings: 10, sizes: 300_000...3_000_000) { server, env, folder in
            let before = try await Self.listed(server, env)
            try await WriteCommandTests.clearRequestLog(server)
            let arguments = Self.arguments(server, folder) + ["--mark-archived"]
            let quoted = ([BinaryRunner.binary] + arguments).map { "'\($0)'" }.joined(separator: " ")
            // Files over 1 MiB fail with EFBIG, which stops the whole run as a full disk would.
            let limited = try await offload {
                try ChildProcess.run("/bin/sh", ["-c", "trap '' XFSZ; ulimit -f 2048; exec \(quoted)"], environment: env)
            }
            #expect(limited.status == 1)
            #expect(limited.stderrText.contains(".part: File too large"))
            #expect(limited.stderrText.contains("nothing was marked archived"))
            #expect(try await Self.markRequests(server).isEmpty)
            #expect(try await Self.listed(server, env) == before, "nothing disappeared from the default list")

            let rerun = try await BinaryRunner.run(arguments, environment: env)
            #expect(rerun.status == 0, "\(rerun.stderr)")
            let ids = try Self.manifestIds(folder)
            #expect(Set(ids) == before)
            #expect(rerun.stdout.contains("\(ids.count) marked archived"))
            #expect(Set(try await Self.markRequests(server).flatMap { $0 }) == before)
            #expect(try await Self.listed(server, env).isEmpty)
        }
    }

    @Test func readOnlyRefusesMarkingBeforeAnyRequestButStillArchives() async throws {
        try await Self.withSim(recordings: 4, sizes: 5_000...20_000) { server, env, folder in
            try await WriteCommandTests.clearRequestLog(server)
            let refused = try await BinaryRunner.run(Self.arguments(server, folder) + ["--readonly", "--mark-archived"], environment: env)
            #expect(refused.status == 2)
            #expect(refused.stderr.contains("read-only mode: archive --mark-archived"), "\(refused.stderr)")
            #expect(try await WriteCommandTests.requestLog(server).isEmpty, "a refused run sends no request at all")
            #expect(!FileManager.default.fileExists(atPath: folder), "nor touches the archive folder")

            // Archiving itself only reads, so read-only mode allows it.
            let plain = try await BinaryRunner.run(Self.arguments(server, folder) + ["--readonly"], environment: env)
            #expect(plain.status == 0, "\(plain.stderr)")
            #expect(!plain.stdout.contains("marked archived"))
            #expect(try await Self.markRequests(server).isEmpty)
        }
    }

    @Test func badOptionsAreUsageErrors() async throws {
        for arguments in [
            ["archive"],
            ["archive", "--dest", "/tmp/x", "--parallel", "0"],
            ["archive", "--dest", "/tmp/x", "--days", "3", "--from", "2026-01-01"],
            ["archive", "--dest", "/tmp/x", "--attended", "--unattended"],
            ["archive", "--dest", "/tmp/x", "--from", "yesterday"],
            ["archive", "--dest", "/tmp/x", "--archived", "--mark-archived"],
        ] {
            let result = try await BinaryRunner.run(arguments, environment: BinaryRunner.environment(["G2A_TOKEN": Self.token]))
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
        }
    }
}
