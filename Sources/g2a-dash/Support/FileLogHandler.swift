import Foundation
import Logging

/// Appends log lines to a file; the dashboard's log, since nothing may print while curses
/// owns the screen.
///
/// The file is created 0600 (it records hosts and errors, never tokens: the client redacts
/// them before logging). Writes are serialised by a lock.
struct FileLogHandler: LogHandler {
    private final class Sink: @unchecked Sendable {
        let lock = NSLock()
        let handle: FileHandle
        init(handle: FileHandle) { self.handle = handle }
        func write(_ line: String) { lock.withLock { handle.write(Data(line.utf8)) } }
    }

    private let sink: Sink
    private let label: String
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]

    /// Opens (creating parent folders and the file, mode 0600) the log at `path`.
    static func open(path: String, level: Logger.Level) throws -> @Sendable (String) -> any LogHandler {
        factory(descriptor: try openDescriptor(path: path), level: level)
    }

    /// Handlers that append to an open log descriptor (from ``openDescriptor(path:)``).
    static func factory(descriptor: Int32, level: Logger.Level) -> @Sendable (String) -> any LogHandler {
        let sink = Sink(handle: FileHandle(fileDescriptor: descriptor, closeOnDealloc: true))
        return { label in FileLogHandler(sink: sink, label: label, logLevel: level) }
    }

    /// Opens the log at `path` for appending, creating its folders (0700) and the file (0600).
    ///
    /// The descriptor is also where a crash report goes (`CrashGuard`), written with `write`.
    static func openDescriptor(path: String) throws -> Int32 {
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let fd = Foundation.open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw CLIError.failure("cannot open the log file \(path): \(String(cString: strerror(errno)))")
        }
        return fd
    }

    private init(sink: Sink, label: String, logLevel: Logger.Level) {
        self.sink = sink
        self.label = label
        self.logLevel = logLevel
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { _, new in new }
        let meta = all.isEmpty ? "" : " " + all.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }.joined(separator: " ")
        sink.write("\(APITimestampText.now()) \(event.level) \(label):\(meta) \(event.message)\n")
    }
}

/// The current time for log lines.
enum APITimestampText {
    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date())
    }
}
