import Foundation

/// An exclusive hold on an archive folder, so two writers never rename each other's `.part`.
///
/// `flock(2)` on `DIR/.g2a-dash.lock`, which holds the holder's pid as text so a run that does
/// not wait can name it. The kernel drops the lock when the holder's process ends, however it
/// ends, so a killed run never leaves the folder locked and there is no stale-lock cleanup.
/// Creating the lock file is also the first write into the folder: a read-only folder, or a
/// `--dest` that is a file, fails here with one line instead of once per recording.
///
/// A `flock` belongs to an open file, so two holds in one process would shut each other out:
/// the dashboard's parallel downloads share one through ``ArchiveLockPool``.
public final class ArchiveLock: @unchecked Sendable {  // `descriptor` is guarded by `guardLock`
    /// The lock file's name in the archive folder (hidden, so listings of the tree skip it).
    public static let fileName = ".g2a-dash.lock"
    /// How often a waiting run tries again.
    static let retryInterval: Duration = .milliseconds(100)

    /// The folder this lock holds.
    public let folder: String
    private let guardLock = NSLock()
    private var descriptor: Int32

    private init(folder: String, descriptor: Int32) {
        self.folder = folder
        self.descriptor = descriptor
    }

    deinit { release() }

    /// Lets the next writer in; safe to call more than once. Call it where the writes end
    /// (Swift may free an object before its scope ends, so do not rely on `deinit` alone).
    public func release() {
        guardLock.withLock {
            guard descriptor >= 0 else { return }
            // Emptied first: the next holder's pid is then either its own or not known yet,
            // never this one's, in the moment before it writes it.
            _ = ftruncate(descriptor, 0)
            close(descriptor)
            descriptor = -1
        }
    }

    /// Takes the lock on `folder` (which must exist), waiting while another process holds it.
    ///
    /// - Parameters:
    ///   - wait: false to fail at once with ``DownloadError/folderBusy(folder:pid:)``.
    ///   - waiting: called once, with the holder's pid if known, when the run starts waiting.
    /// - Throws: `folderBusy`; `writeFailed`/`diskFull` when the lock file cannot be created
    ///   (read-only folder, not a folder); `CancellationError` while waiting.
    public static func acquire(folder: String, wait: Bool = true,
                               waiting: @Sendable (Int32?) -> Void = { _ in }) async throws -> ArchiveLock {
        var told = false
        while true {
            do {
                return try take(folder: folder)
            } catch DownloadError.folderBusy(_, let holder) where wait {
                if !told { waiting(holder) }
                told = true
                try await Task.sleep(for: retryInterval)
            }
        }
    }

    /// Takes the lock on `folder` if nobody holds it; never waits.
    ///
    /// - Throws: `folderBusy` with the holder's pid, or the failure to create the lock file.
    public static func take(folder: String) throws -> ArchiveLock {
        let path = folder + "/" + fileName
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw DownloadError.writing(path, errno: errno) }
        var result: Int32
        repeat { result = flock(fd, LOCK_EX | LOCK_NB) } while result != 0 && errno == EINTR
        if result != 0 {
            let code = errno
            let holder = code == EWOULDBLOCK ? holderPID(fd) : nil
            close(fd)
            if code == EWOULDBLOCK { throw DownloadError.folderBusy(folder: folder, pid: holder) }
            throw DownloadError.writing(path, errno: code)
        }
        let text = Array("\(getpid())\n".utf8)
        guard ftruncate(fd, 0) == 0, pwrite(fd, text, text.count, 0) == text.count else {
            let code = errno
            close(fd)
            throw DownloadError.writing(path, errno: code)
        }
        return ArchiveLock(folder: folder, descriptor: fd)
    }

    /// Names the holder for messages: `another g2a-dash (pid 4242)`.
    public static func holder(_ pid: Int32?) -> String {
        "another g2a-dash (\(pid.map { "pid \($0)" } ?? "pid not known yet"))"
    }

    /// The pid the holder wrote into the lock file, if it has yet.
    private static func holderPID(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(fd, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
