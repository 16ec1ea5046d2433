import Crypto
import Foundation

/// SHA-256 and size of a file already on disk, read in 1 MiB pieces.
///
/// Used when a rerun finds a recording's files complete but no manifest line for them (the
/// previous run was killed between the last rename and the manifest append), and to hash the
/// bytes a `.part` already holds before a resume.
public enum FileHashing {
    /// The lowercase hex SHA-256 and the size of the file at `path`.
    public static func sha256(ofFileAt path: String) throws -> (sha256: String, size: Int64) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw DownloadError.reading(path, errno: errno) }
        defer { close(fd) }
        var hasher = SHA256()
        let size = try hash(fd: fd, path: path, into: &hasher)
        return (PartFile.hex(hasher.finalize()), size)
    }

    /// Feeds everything from the descriptor's current offset to its end into `hasher`; returns
    /// the byte count. The offset ends at the end of the file, ready for appending.
    static func hash(fd: Int32, path: String, into hasher: inout SHA256) throws -> Int64 {
        var size: Int64 = 0
        let chunk = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = read(fd, buffer.baseAddress, chunk)
            if n < 0 {
                if errno == EINTR { continue }
                throw DownloadError.reading(path, errno: errno)
            }
            if n == 0 { break }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
            size += Int64(n)
        }
        return size
    }
}
