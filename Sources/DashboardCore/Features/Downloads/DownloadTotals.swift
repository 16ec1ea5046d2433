/// The download batch in numbers: files, bytes, rate and time left, for the status bar and the
/// downloads panel's overall bar.
public struct DownloadTotals: Equatable, Sendable {
    public var filesDone = 0
    /// Files of the batch that were not cancelled (failed ones included: they were attempted).
    public var files = 0
    public var failed = 0
    /// Recordings whose links are still being fetched (their files are not counted yet).
    public var fetchingLinks = 0
    public var bytes: Int64 = 0
    /// Announced sizes, or what has arrived for files of unknown size.
    public var totalBytes: Int64 = 0
    public var bytesPerSecond: Double?
    public var secondsLeft: Double?

    public init() {}

    /// How far along the batch is, 0...1, by bytes.
    public var fraction: Double? {
        guard totalBytes > 0 else { return files > 0 && filesDone == files ? 1 : nil }
        return min(1, Double(bytes) / Double(totalBytes))
    }
}
