import Foundation

/// Recordings being downloaded: the queue, each file's progress, and the overall rate.
///
/// Jobs stay after they finish so the panel can show what happened; a batch (what the status
/// bar counts) starts when downloads are asked for while nothing is running.
public struct DownloadsState: Equatable, Sendable {
    /// In the order they were asked for.
    public var recordings: [RecordingDownloadJob] = []
    /// The first recording of the current batch.
    public var batchStart = 0
    /// Bytes received by every file since the batch started; only grows, even when a file
    /// starts over after its link expired, so the rate never goes negative.
    public private(set) var transferred: Int64 = 0
    public private(set) var rate = TransferRate()
    /// Link fetches in flight by request number, with the recording ids each asked for.
    public var linkRequests: [Int: [String]] = [:]
    public var nextLinkRequest = 0

    /// At most this many files download at once: enough to fill a link, few enough to leave
    /// room for the dashboard's own requests and not to look like a scraper to the CDN.
    public static let maxConcurrentFiles = 2
    /// At most this many ids go into one `GET /archive/recordings/urls`.
    public static let linkBatch = 500
    /// Progress of one file reaches the reducer at most this often (4 a second).
    public static let progressInterval: Double = 0.25

    public init() {}

    /// Whether anything is still to do.
    public var isActive: Bool { recordings.contains { $0.isActive } }

    /// Files downloading now.
    public var runningCount: Int {
        recordings.reduce(0) { $0 + $1.files.filter { $0.status == .downloading }.count }
    }

    public func index(of recordingId: String) -> Int? {
        recordings.firstIndex { $0.recordingId == recordingId }
    }

    public func file(_ id: DownloadFileID) -> FileDownloadJob? {
        guard let index = index(of: id.recordingId), let file = recordings[index].fileIndex(id.kind) else { return nil }
        return recordings[index].files[file]
    }

    /// Applies a change to one file's job, if it is queued.
    public mutating func update(_ id: DownloadFileID, _ change: (inout FileDownloadJob) -> Void) {
        guard let index = index(of: id.recordingId), let file = recordings[index].fileIndex(id.kind) else { return }
        change(&recordings[index].files[file])
    }

    /// Starts a new batch when nothing is running, so the counts start from zero.
    public mutating func beginBatchIfIdle() {
        guard !isActive else { return }
        batchStart = recordings.count
        transferred = 0
        rate.reset()
    }

    /// Counts `delta` new bytes at `time` toward the overall rate.
    public mutating func received(_ delta: Int64, at time: Date) {
        transferred += max(0, delta)
        rate.record(transferred, at: time)
    }

    /// Adds a sample with no new bytes (a clock tick), so a stall shows as a falling rate.
    public mutating func sampleRate(at time: Date) {
        rate.record(transferred, at: time)
    }

    /// The current batch in numbers.
    public var totals: DownloadTotals {
        var totals = DownloadTotals()
        var left: Int64 = 0
        var leftKnown = true
        for recording in recordings.dropFirst(batchStart) {
            if recording.links == .fetching { totals.fetchingLinks += 1 }
            for file in recording.files {
                switch file.status {
                case .cancelled:
                    continue
                case .failed:
                    totals.failed += 1
                    totals.files += 1
                    continue
                case .done:
                    totals.filesDone += 1
                case .queued, .waitingForLink, .downloading:
                    if let expected = file.expectedSize { left += max(0, expected - file.bytes) } else { leftKnown = false }
                }
                totals.files += 1
                totals.bytes += file.bytes
                totals.totalBytes += file.sizeForTotals
            }
        }
        totals.bytesPerSecond = rate.bytesPerSecond
        if let speed = rate.bytesPerSecond, speed > 0, leftKnown || left > 0 {
            totals.secondsLeft = Double(left) / speed
        }
        return totals
    }

    /// The lines of the downloads panel: one per file, or one per recording without links.
    public var rows: [DownloadsRow] {
        recordings.flatMap { recording -> [DownloadsRow] in
            if recording.files.isEmpty { return [DownloadsRow(recordingId: recording.recordingId, kind: nil)] }
            return recording.files.map { DownloadsRow(recordingId: recording.recordingId, kind: $0.kind) }
        }
    }
}

/// One line of the downloads panel: a file, or a recording still without files (`kind` nil).
public struct DownloadsRow: Equatable, Sendable {
    public var recordingId: String
    public var kind: DownloadFileKind?

    public init(recordingId: String, kind: DownloadFileKind?) {
        self.recordingId = recordingId
        self.kind = kind
    }
}
