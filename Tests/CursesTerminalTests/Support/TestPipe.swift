import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A pipe owned by a test: the terminal gets one end, the test keeps the other.
final class TestPipe: @unchecked Sendable {
    // @unchecked: the descriptors are plain integers; `close` is only called by the owning test.
    let readFD: Int32
    private(set) var writeFD: Int32

    /// Creates a pipe; the read end is non-blocking so draining never waits.
    init() {
        var fds: [Int32] = [0, 0]
        precondition(pipe(&fds) == 0, "pipe failed")
        (readFD, writeFD) = (fds[0], fds[1])
        _ = fcntl(readFD, F_SETFL, fcntl(readFD, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        close(readFD)
        closeWriteEnd()
    }

    /// Reads every byte already in the pipe.
    ///
    /// Pipe writes are synchronous: once `doupdate` has returned, its bytes are all here.
    func drain() -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(readFD, &buffer, buffer.count)
            guard count > 0 else { break }
            bytes += buffer[0..<count]
        }
        return bytes
    }

    /// Closes the write end (end of file for the reader); harmless when already closed.
    func closeWriteEnd() {
        guard writeFD >= 0 else { return }
        close(writeFD)
        writeFD = -1
    }
}
