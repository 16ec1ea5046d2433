import Foundation
import Testing
@testable import GoToAssistAPI

/// The archive folder's lock: one writer at a time across processes, shared within one.
struct ArchiveLockTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("g2a-lock-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func aHeldFolderIsBusyWithTheHoldersPidUntilReleased() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let lock = try ArchiveLock.take(folder: folder)
        #expect(try String(contentsOfFile: folder + "/.g2a-dash.lock", encoding: .utf8) == "\(getpid())\n")
        // A second open file is a second holder, as another process would be.
        #expect(throws: DownloadError.folderBusy(folder: folder, pid: getpid())) { try ArchiveLock.take(folder: folder) }
        lock.release()
        let again = try await ArchiveLock.acquire(folder: folder, wait: false)
        again.release()
    }

    @Test func aWaitingAcquireGetsTheLockOnceItIsReleasedAndSaysItWaited() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let held = try ArchiveLock.take(folder: folder)
        let (waited, waitedContinuation) = AsyncStream<Int32?>.makeStream()
        let waiter = Task { try await ArchiveLock.acquire(folder: folder) { waitedContinuation.yield($0) } }
        var events = waited.makeAsyncIterator()
        #expect(await events.next() == .some(getpid()))
        held.release()
        let lock = try await waiter.value
        lock.release()
    }

    @Test func aPoolSharesOneLockAmongConcurrentDownloads() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pool = ArchiveLockPool()
        let (inside, insideContinuation) = AsyncStream<Void>.makeStream()
        let (gate, gateContinuation) = AsyncStream<Void>.makeStream()
        let first = Task {
            try await pool.withLock(folder: folder) {
                insideContinuation.yield()
                for await _ in gate { break }
            }
        }
        var entered = inside.makeAsyncIterator()
        await entered.next()
        // While the first holds it, a second download in this process joins instead of failing;
        // another process (a second open file) is shut out.
        try await pool.withLock(folder: folder) {
            #expect(throws: DownloadError.self) { try ArchiveLock.take(folder: folder) }
            return ()
        }
        gateContinuation.yield()
        try await first.value
        try ArchiveLock.take(folder: folder).release()
    }

    @Test func theRootOfAnArchiveFileSkipsItsDateFolder() {
        #expect(ArchiveLayout.root(ofFile: "/a/b/2026/11/28/9.mp4") == "/a/b")
        #expect(ArchiveLayout.root(ofFile: "/a/b/undated/9.mp4") == "/a/b")
    }
}
