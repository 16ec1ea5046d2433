import Crypto
import Foundation

/// The `.part` file a download writes into, opened for appending, hashed as it grows.
///
/// A plain file descriptor rather than `FileHandle`: every `write`, `fsync` and `rename` error
/// must reach the caller with its `errno` (ENOSPC, EDQUOT, EFBIG) so the user is told the disk
/// is full and the partial file survives for a resume.
final class PartFile {
    let path: String
    private var fd: Int32
    private(set) var size: Int64
    private var hasher = SHA256()

    /// Opens (or creates) `path` and hashes what it already holds, so a resume ends with the
    /// SHA-256 of the whole file without a second pass.
    init(path: String) throws {
        self.path = path
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw DownloadError.writing(path, errno: errno) }
        size = 0
        do {
            try hashExisting()
        } catch {
            close(fd)
            fd = -1
            throw error
        }
    }

    deinit {
        if fd >= 0 { close(fd) }
    }

    /// Forgets the contents: the server is about to send the file from its first byte.
    func truncate() throws {
        guard ftruncate(fd, 0) == 0, lseek(fd, 0, SEEK_SET) == 0 else {
            throw DownloadError.writing(path, errno: errno)
        }
        size = 0
        hasher = SHA256()
    }

    /// Appends bytes, retrying short writes and EINTR.
    func append(_ bytes: UnsafeRawBufferPointer) throws {
        guard let base = bytes.baseAddress else { return }
        var written = 0
        while written < bytes.count {
            let n = write(fd, base + written, bytes.count - written)
            if n < 0 {
                if errno == EINTR { continue }
                throw DownloadError.writing(path, errno: errno)
            }
            written += n
        }
        hasher.update(bufferPointer: bytes)
        size += Int64(bytes.count)
    }

    /// Flushes to stable storage, closes, renames to `finalPath` and flushes the folder, so a
    /// file under its final name is complete even after a power cut.
    func commit(to finalPath: String) throws -> String {
        guard fsync(fd) == 0 else { throw DownloadError.writing(path, errno: errno) }
        close(fd)
        fd = -1
        guard rename(path, finalPath) == 0 else { throw DownloadError.writing(finalPath, errno: errno) }
        try Self.syncFolder(of: finalPath)
        return Self.hex(hasher.finalize())
    }

    /// Removes the partial file, for content that can never become right (a size mismatch).
    func discard() {
        if fd >= 0 { close(fd) }
        fd = -1
        unlink(path)
    }

    /// Flushes a folder's entries (a rename or a new file) to stable storage.
    static func syncFolder(of path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let dir = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dir >= 0 else { throw DownloadError.writing(folder, errno: errno) }
        defer { close(dir) }
        // Some filesystems refuse fsync on a directory (EINVAL); the rename still happened.
        if fsync(dir) != 0, errno != EINVAL { throw DownloadError.writing(folder, errno: errno) }
    }

    /// Lowercase hex of a digest.
    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func hashExisting() throws {
        size = try FileHashing.hash(fd: fd, path: path, into: &hasher)
    }
}
