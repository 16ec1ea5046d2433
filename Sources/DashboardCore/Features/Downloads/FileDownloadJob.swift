import Foundation

/// One file of a recording in the download queue: where from, where to, and how far along.
public struct FileDownloadJob: Equatable, Sendable {
    /// Where a file is in its download.
    public enum Status: Equatable, Sendable {
        case queued
        /// Its link expired; fresh links are being fetched, then it is queued again.
        case waitingForLink
        case downloading
        case done
        case failed(String)
        case cancelled

        /// Still to run or running: counts toward "files left" and can be cancelled.
        public var isActive: Bool {
            switch self {
            case .queued, .waitingForLink, .downloading: true
            case .done, .failed, .cancelled: false
            }
        }
    }

    public var kind: DownloadFileKind
    public var url: String
    public var path: String
    /// The size the API announced (the MP4's `recordingSize`); nil for events and thumbnail.
    public var expectedSize: Int64?
    public var status: Status = .queued
    /// Bytes written so far, as the download reported them.
    public var bytes: Int64 = 0
    /// When the current attempt started, for the file's rate.
    public var startedAt: Date?
    /// Bytes per second since the attempt started; nil until measurable.
    public var rate: Double?

    public init(kind: DownloadFileKind, url: String, path: String, expectedSize: Int64?) {
        self.kind = kind
        self.url = url
        self.path = path
        self.expectedSize = expectedSize
    }

    /// The size to count toward totals: the announced one, or what has arrived when unknown.
    public var sizeForTotals: Int64 { max(expectedSize ?? 0, bytes) }

    /// Seconds left at the file's rate, when both the size and a rate are known.
    public var secondsLeft: Double? {
        guard status == .downloading, let expectedSize, let rate, rate > 0 else { return nil }
        return Double(max(0, expectedSize - bytes)) / rate
    }

    /// How far along, 0...1, when the size is known (or the file is done).
    public var fraction: Double? {
        if status == .done { return 1 }
        guard let expectedSize, expectedSize > 0 else { return nil }
        return min(1, Double(bytes) / Double(expectedSize))
    }
}
