import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A pty pair for end-to-end tests: the terminal runs on the slave side, the test plays the
/// terminal emulator on the master side.
///
/// A background thread reads everything the program writes, so writes never block; tests wait
/// for output with ``waitForOutput(containing:timeout:)``, which blocks on a condition variable
/// rather than sleeping.
final class PseudoTerminal: @unchecked Sendable {
    // @unchecked: `output` and `masterOpen` are guarded by `condition`; the descriptors are
    // fixed after init.
    let master: Int32
    let slave: Int32
    private let stopPipe: TestPipe
    private let condition = NSCondition()
    private var output: [UInt8] = []
    private var readerDone = false
    private var masterOpen = true

    /// Opens a pty of the given size and starts reading its output.
    init(columns: Int, rows: Int) {
        let pty = PtyFunctions()
        master = pty.openMaster(O_RDWR | O_NOCTTY)
        precondition(master >= 0 && pty.grant(master) == 0 && pty.unlock(master) == 0, "no pty")
        var name = [CChar](repeating: 0, count: 128)
        precondition(pty.name(master, &name, name.count) == 0, "no pty name")
        let path = String(
            decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        slave = open(path, O_RDWR | O_NOCTTY)
        precondition(slave >= 0, "cannot open \(path)")
        stopPipe = TestPipe()
        resize(columns: columns, rows: rows)
        let thread = Thread { [self] in readLoop() }
        thread.name = "pty-reader"
        thread.start()
    }

    deinit {
        closeMaster()
        close(slave)
    }

    /// Sets the window size the kernel reports on the slave side.
    func resize(columns: Int, rows: Int) {
        var size = winsize(
            ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Types `text` as if at the keyboard.
    func type(_ text: String) {
        var bytes = Array(text.utf8)
        _ = write(master, &bytes, bytes.count)
    }

    /// Writes `marker` to the slave's output, so a test can wait until everything the program
    /// wrote before it has been read.
    func writeMarker(_ marker: String) {
        var bytes = Array(marker.utf8)
        _ = write(slave, &bytes, bytes.count)
    }

    /// Everything read so far.
    var bytes: [UInt8] { condition.withLock { output } }

    /// Removes and returns everything read so far.
    func takeBytes() -> [UInt8] {
        condition.withLock {
            defer { output = [] }
            return output
        }
    }

    /// Blocks until the output contains `needle` or `timeout` seconds pass; returns whether
    /// it appeared.
    func waitForOutput(containing needle: [UInt8], timeout: TimeInterval = 10) -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while !output.contains(needle) {
            if readerDone || !condition.wait(until: deadline) { return output.contains(needle) }
        }
        return true
    }

    /// Stops the reader and closes the master: the slave side sees a hang-up.
    func closeMaster() {
        let shouldClose = condition.withLock {
            defer { masterOpen = false }
            return masterOpen
        }
        guard shouldClose else { return }
        var byte: UInt8 = 1
        _ = write(stopPipe.writeFD, &byte, 1)
        condition.withLock {
            while !readerDone { condition.wait() }
        }
        close(master)
    }

    private func readLoop() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        var fds = [
            pollfd(fd: master, events: Int16(POLLIN), revents: 0),
            pollfd(fd: stopPipe.readFD, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            guard poll(&fds, 2, -1) >= 0 else {
                if errno == EINTR { continue }
                break
            }
            if fds[1].revents != 0 { break }
            let count = read(master, &buffer, buffer.count)
            guard count > 0 else {
                if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
                break
            }
            condition.withLock {
                output += buffer[0..<count]
                condition.broadcast()
            }
        }
        condition.withLock {
            readerDone = true
            condition.broadcast()
        }
    }
}

/// The POSIX pty functions, looked up at run time: the Glibc module declares them only under
/// `_XOPEN_SOURCE`, which it is not built with.
private struct PtyFunctions {
    let openMaster: @convention(c) (Int32) -> Int32
    let grant: @convention(c) (Int32) -> Int32
    let unlock: @convention(c) (Int32) -> Int32
    let name: @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32

    init() {
        let handle = dlopen(nil, RTLD_NOW)
        func load<T>(_ symbol: String, as type: T.Type) -> T {
            guard let pointer = dlsym(handle, symbol) else { fatalError("no \(symbol)") }
            return unsafeBitCast(pointer, to: type)
        }
        openMaster = load("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
        grant = load("grantpt", as: (@convention(c) (Int32) -> Int32).self)
        unlock = load("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
        name = load(
            "ptsname_r",
            as: (@convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32).self)
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs as a contiguous run.
    func contains(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= count else { return false }
        return (0...(count - needle.count)).contains { start in
            self[start..<start + needle.count].elementsEqual(needle)
        }
    }
}
