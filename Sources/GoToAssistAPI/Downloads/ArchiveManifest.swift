import Foundation

/// `DIR/manifest.jsonl`: one JSON line per archived recording, appended and flushed.
///
/// Read once at the start of a run, under the folder's ``ArchiveLock``, so what it lists stays
/// true for the run and neither a rerun nor a concurrent run writes a second line for a
/// recording; ``removeDuplicateLines()`` repairs manifests written before there was a lock.
/// A line cut short by a crash is ignored (and the next line starts on a fresh line), so the
/// manifest stays readable line by line whatever happened to the previous run.
public final class ArchiveManifest: @unchecked Sendable {  // all state behind `lock`
    public let path: String
    private let lock = NSLock()
    private var entries: [String: ArchiveManifestEntry]
    private var endsWithNewline: Bool

    /// Reads the manifest at `path` (a missing file is an empty manifest).
    public init(path: String) throws {
        self.path = path
        var entries: [String: ArchiveManifestEntry] = [:]
        var endsWithNewline = true
        if FileManager.default.fileExists(atPath: path) {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DownloadError.reading(path, errno: errno)
            }
            let decoder = JSONDecoder()
            for line in data.split(separator: UInt8(ascii: "\n")) {
                if let entry = try? decoder.decode(ArchiveManifestEntry.self, from: Data(line)),
                    entries[entry.recordingId] == nil {
                    entries[entry.recordingId] = entry
                }
            }
            endsWithNewline = data.last.map { $0 == UInt8(ascii: "\n") } ?? true
        }
        self.entries = entries
        self.endsWithNewline = endsWithNewline
    }

    /// Rewrites the manifest without any second line for a recording (the first one stays,
    /// as the reader keeps it); returns how many lines went. Writes nothing when there are none.
    ///
    /// The new file is written beside it, flushed and renamed over it, so a crash leaves one
    /// or the other whole. Call it only while holding the folder's lock.
    public func removeDuplicateLines() throws -> Int {
        try lock.withLock {
            guard let data = FileManager.default.contents(atPath: path) else { return 0 }
            let decoder = JSONDecoder()
            var seen: Set<String> = []
            var kept: [UInt8] = []
            var removed = 0
            for line in data.split(separator: UInt8(ascii: "\n")) {
                if let entry = try? decoder.decode(ArchiveManifestEntry.self, from: Data(line)),
                    !seen.insert(entry.recordingId).inserted {
                    removed += 1
                    continue
                }
                kept += line
                kept.append(UInt8(ascii: "\n"))
            }
            guard removed > 0 else { return 0 }
            let temporary = path + ".tmp"
            let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw DownloadError.writing(temporary, errno: errno) }
            defer { close(fd) }
            let n = kept.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard n == kept.count else { throw DownloadError.writing(temporary, errno: n < 0 ? errno : ENOSPC) }
            guard fsync(fd) == 0 else { throw DownloadError.writing(temporary, errno: errno) }
            guard rename(temporary, path) == 0 else { throw DownloadError.writing(path, errno: errno) }
            try PartFile.syncFolder(of: path)
            endsWithNewline = true
            return removed
        }
    }

    /// The entry of a recording, if the manifest has one.
    public func entry(for recordingId: String) -> ArchiveManifestEntry? {
        lock.withLock { entries[recordingId] }
    }

    /// How many recordings the manifest lists.
    public var count: Int { lock.withLock { entries.count } }

    /// Appends a line for the entry and flushes it; returns false (writing nothing) when the
    /// recording is already listed.
    @discardableResult
    public func append(_ entry: ArchiveManifestEntry) throws -> Bool {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = try encoder.encode(entry)
        return try lock.withLock {
            guard entries[entry.recordingId] == nil else { return false }
            let created = !FileManager.default.fileExists(atPath: path)
            let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw DownloadError.writing(path, errno: errno) }
            defer { close(fd) }
            var line = endsWithNewline ? [] : [UInt8(ascii: "\n")]
            line += json
            line.append(UInt8(ascii: "\n"))
            // One write call: a kill cannot leave half a line from this process.
            let n = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard n == line.count else {
                throw DownloadError.writing(path, errno: n < 0 ? errno : ENOSPC)
            }
            guard fsync(fd) == 0 else { throw DownloadError.writing(path, errno: errno) }
            if created { try PartFile.syncFolder(of: path) }
            endsWithNewline = true
            entries[entry.recordingId] = entry
            return true
        }
    }
}
