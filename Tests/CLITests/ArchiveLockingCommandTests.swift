import Foundation
import TestSupport
import Testing

/// `archive` runs that meet in one folder (overlapping cron jobs), folders it cannot write,
/// and a run stopped by a signal: what the user sees and what ends up on disk.
@Suite(.serialized) struct ArchiveLockingCommandTests {
    typealias Archive = ArchiveCommandTests

    /// Holds `folder`'s lock as another g2a-dash would: flock on the lock file, pid inside.
    final class HeldLock {
        let fd: Int32
        init(_ folder: String, pid: Int32 = getpid()) throws {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            fd = open(folder + "/.g2a-dash.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            #expect(fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) == 0)
            _ = ftruncate(fd, 0)
            let text = Array("\(pid)\n".utf8)
            _ = pwrite(fd, text, text.count, 0)
        }
        func release() { close(fd) }
    }

    /// Starts the binary with stderr and stdout on one pipe, so the test can wait for a line.
    static func startMerged(_ arguments: [String], environment: [String: String]) throws -> ChildProcess.Running {
        let quoted = ([BinaryRunner.binary] + arguments).map { "'\($0)'" }.joined(separator: " ")
        return try ChildProcess.start("/bin/sh", ["-c", "exec \(quoted) 2>&1"], environment: environment)
    }

    /// Reads the child's output until it contains `text` (nil: until it ends); returns all of it.
    static func read(_ child: ChildProcess.Running, until text: String?) async throws -> String {
        try await offload {
            var output = ""
            while text.map({ !output.contains($0) }) ?? true {
                let chunk = child.readSome()
                if chunk.isEmpty { break }
                output += String(decoding: chunk, as: UTF8.self)
            }
            return output
        }
    }

    @Test func twoRunsIntoOneFolderBothSucceedWithOneManifestLinePerRecording() async throws {
        try await Archive.withSim(recordings: 16, sizes: 200_000...2_000_000) { server, env, folder in
            let arguments = Archive.arguments(server, folder)
            async let first = BinaryRunner.run(arguments, environment: env)
            async let second = BinaryRunner.run(arguments, environment: env)
            let (one, two) = try await (first, second)
            #expect(one.status == 0, "\(one.stderr)")
            #expect(two.status == 0, "\(two.stderr)")
            for run in [one, two] { #expect(!run.stderr.contains("No such file"), "\(run.stderr)") }
            let ids = try Archive.manifestIds(folder)
            #expect(Set(ids).count == ids.count, "no recording twice in the manifest")
            #expect(Set(ids) == (try await Archive.listed(server, env)))
            #expect(Archive.partFiles(folder).isEmpty)
            try Archive.expectFilesMatchSource(folder, try Archive.manifest(folder))
        }
    }

    @Test func aSecondRunWaitsForTheFirstAndThenArchives() async throws {
        try await Archive.withSim(recordings: 6, sizes: 5_000...50_000) { server, env, folder in
            let held = try HeldLock(folder)
            let child = try Self.startMerged(Archive.arguments(server, folder), environment: env)
            let waiting = try await Self.read(child, until: "\n")
            #expect(waiting.contains("waiting: another g2a-dash (pid \(getpid())) is writing into this folder"), "\(waiting)")
            #expect(!FileManager.default.fileExists(atPath: folder + "/manifest.jsonl"), "nothing written while waiting")
            held.release()
            let rest = try await Self.read(child, until: nil)
            #expect(try await offload { child.wait() } == 0, "\(rest)")
            #expect(rest.contains("0 failed"))
            #expect(Set(try Archive.manifestIds(folder)) == (try await Archive.listed(server, env)))
        }
    }

    @Test func noWaitExitsAtOnceNamingTheHoldersPid() async throws {
        try await Archive.withSim(recordings: 3, sizes: 5_000...20_000) { server, env, folder in
            let held = try HeldLock(folder, pid: 4242)
            defer { held.release() }
            let result = try await BinaryRunner.run(Archive.arguments(server, folder) + ["--no-wait"], environment: env)
            #expect(result.status == 1)
            #expect(result.stderr == "g2a-dash: \(folder) is in use by another g2a-dash (pid 4242)\n", "\(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: folder + "/manifest.jsonl"))
        }
    }

    @Test func aRerunRemovesDuplicateManifestLinesLeftByOlderVersions() async throws {
        try await Archive.withSim(recordings: 8, sizes: 5_000...50_000) { server, env, folder in
            let first = try await BinaryRunner.run(Archive.arguments(server, folder), environment: env)
            #expect(first.status == 0, "\(first.stderr)")
            let path = folder + "/manifest.jsonl"
            let original = try #require(FileManager.default.contents(atPath: path))
            let lines = original.split(separator: UInt8(ascii: "\n"))
            // What two racing runs used to leave: some recordings listed twice.
            try (original + lines.prefix(3).flatMap { Array($0) + [UInt8(ascii: "\n")] }).write(to: URL(fileURLWithPath: path))
            #expect(try Archive.manifestIds(folder).count == lines.count + 3)

            let rerun = try await BinaryRunner.run(Archive.arguments(server, folder), environment: env)
            #expect(rerun.status == 0, "\(rerun.stderr)")
            #expect(rerun.stdout.contains("archive: 0 archived, \(lines.count) skipped, 0 failed"))
            let ids = try Archive.manifestIds(folder)
            #expect(ids.count == lines.count && Set(ids).count == ids.count)
            #expect(FileManager.default.contents(atPath: path) == original, "the first line of each recording stays")
        }
    }

    @Test func aFolderThatCannotBeWrittenStopsAtOnceWithOneLine() async throws {
        try await Archive.withSim(recordings: 12, sizes: 5_000...20_000) { server, env, folder in
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            chmod(folder, 0o555)
            defer { chmod(folder, 0o755) }
            let quoted = ([BinaryRunner.binary] + Archive.arguments(server, folder)).map { "'\($0)'" }.joined(separator: " ")
            // Root may write anywhere; without these capabilities it meets the mode bits too.
            let prefix = getuid() == 0 ? "setpriv --bounding-set -dac_override,-dac_read_search,-fowner " : ""
            let result = try await offload { try ChildProcess.run("/bin/sh", ["-c", "exec " + prefix + quoted], environment: env) }
            #expect(result.status == 1)
            #expect(result.stderrText == "g2a-dash: cannot write \(folder)/.g2a-dash.lock: Permission denied\n", "\(result.stderrText)")
            #expect(result.stdoutText.isEmpty)
        }
    }

    @Test func aDestinationThatIsAFileStopsAtOnceWithOneLine() async throws {
        try await Archive.withSim(recordings: 12, sizes: 5_000...20_000) { server, env, folder in
            try Data("not a folder".utf8).write(to: URL(fileURLWithPath: folder))
            let result = try await BinaryRunner.run(Archive.arguments(server, folder), environment: env)
            #expect(result.status == 1)
            #expect(result.stderr == "g2a-dash: cannot write \(folder)/.g2a-dash.lock: Not a directory\n", "\(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(FileManager.default.contents(atPath: folder) == Data("not a folder".utf8))
        }
    }

    /// Ctrl-C (SIGINT) and SIGTERM stop the run, keep the `.part` files and say which in the status.
    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
    func aSignalStopsTheRunWithItsExitStatus(signal: Int32, expected: Int32) async throws {
        try await Archive.withSim(recordings: 10, sizes: 5_000_000...9_000_000) { server, env, folder in
            let child = try ChildProcess.start(BinaryRunner.binary, Archive.arguments(server, folder), environment: env)
            let first = try await Self.read(child, until: "\n")
            #expect(first.hasPrefix("archived "))
            child.signal(signal)
            let status = try await offload { child.wait() }
            #expect(status == expected)
            #expect(!Archive.partFiles(folder).isEmpty, "partial files stay for the next run")
            let rerun = try await BinaryRunner.run(Archive.arguments(server, folder), environment: env)
            #expect(rerun.status == 0, "\(rerun.stderr)")
        }
    }
}
