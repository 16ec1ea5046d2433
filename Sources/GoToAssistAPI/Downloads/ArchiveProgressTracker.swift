import Foundation

/// Adds up the byte counts of concurrent downloads into `ArchiveProgress` snapshots.
///
/// Every download's progress callback lands here (from several tasks); snapshots go out at most
/// every `interval` seconds, plus once per completed file, so a consumer can redraw on each one.
final class ArchiveProgressTracker: @unchecked Sendable {  // all state behind `lock`
    struct Key: Hashable {
        var recordingId: String
        var kind: ArchiveFileKind
    }

    private struct Active {
        var base: Int64?
        var bytes: Int64 = 0
        var total: Int64?
    }

    private let lock = NSLock()
    private let clock: ClientClock
    private let interval: Double
    private let emit: @Sendable (ArchiveProgress) -> Void
    private let start: Double
    private var lastEmit = -Double.infinity
    private var recordingsTotal: Int
    private var recordingsDone = 0
    private var filesDone = 0
    private var completedBytes: Int64 = 0
    private var fetchedDone: Int64 = 0
    private var knownTotal: Int64 = 0
    private var plannedRecordings = 0
    private var active: [Key: Active] = [:]

    init(recordingsTotal: Int, clock: ClientClock, interval: Double = 0.1,
         emit: @escaping @Sendable (ArchiveProgress) -> Void) {
        self.recordingsTotal = recordingsTotal
        self.clock = clock
        self.interval = interval
        self.emit = emit
        self.start = clock.monotonic()
    }

    /// Links for some recordings arrived: their MP4 sizes join the total.
    func plan(_ links: [RecordingDownload]) {
        lock.withLock {
            plannedRecordings += links.count
            knownTotal += links.reduce(0) { $0 + ($1.recordingSize ?? 0) }
        }
    }

    /// Recordings that will not be downloaded after all (no link): the total shrinks.
    func dropRecordings(_ count: Int) {
        lock.withLock { recordingsTotal = max(0, recordingsTotal - count) }
    }

    /// A file of `size` bytes was found complete on disk; it counts as done, fetched nothing.
    func alreadyOnDisk(_ key: Key, size: Int64) {
        lock.withLock {
            completedBytes += size
            if key.kind != .mp4 { knownTotal += size }
        }
    }

    /// A download's progress callback: bytes of the file on disk so far.
    func update(_ key: Key, bytes: Int64, total: Int64?) {
        lock.withLock {
            var entry = active[key] ?? Active(total: total)
            if entry.base == nil { entry.base = bytes }
            entry.bytes = bytes
            active[key] = entry
        }
        emitIfDue(force: false)
    }

    /// A download call ended; `completed` is the file's size when it succeeded.
    func ended(_ key: Key, completed: Int64?) {
        lock.withLock {
            if let entry = active.removeValue(forKey: key) {
                fetchedDone += max(0, entry.bytes - (entry.base ?? entry.bytes))
            }
            if let completed {
                filesDone += 1
                completedBytes += completed
                if key.kind != .mp4 { knownTotal += completed }
            }
        }
        if completed != nil { emitIfDue(force: true) }
    }

    /// A recording was archived or failed.
    func recordingEnded() {
        lock.withLock { recordingsDone += 1 }
        emitIfDue(force: true)
    }

    /// The current snapshot.
    func snapshot() -> ArchiveProgress {
        lock.withLock { makeSnapshot(now: clock.monotonic()) }
    }

    private func emitIfDue(force: Bool) {
        let now = clock.monotonic()
        let snapshot: ArchiveProgress? = lock.withLock {
            guard force || now - lastEmit >= interval else { return nil }
            lastEmit = now
            return makeSnapshot(now: now)
        }
        if let snapshot { emit(snapshot) }
    }

    private func makeSnapshot(now: Double) -> ArchiveProgress {
        let activeBytes = active.values.reduce(Int64(0)) { $0 + $1.bytes }
        let activeFetched = active.values.reduce(Int64(0)) { $0 + max(0, $1.bytes - ($1.base ?? $1.bytes)) }
        var total = knownTotal
        if plannedRecordings > 0, plannedRecordings < recordingsTotal {
            total += knownTotal / Int64(plannedRecordings) * Int64(recordingsTotal - plannedRecordings)
        }
        let files = active.map { key, value in
            ArchiveProgress.ActiveFile(recordingId: key.recordingId, kind: key.kind, bytes: value.bytes, total: value.total)
        }.sorted { ($0.recordingId, $0.kind) < ($1.recordingId, $1.kind) }
        return ArchiveProgress(
            recordingsTotal: recordingsTotal, recordingsDone: recordingsDone, filesDone: filesDone,
            bytesDone: completedBytes + activeBytes, bytesTotal: max(total, completedBytes + activeBytes),
            bytesFetched: fetchedDone + activeFetched, elapsed: now - start, activeFiles: files)
    }
}
