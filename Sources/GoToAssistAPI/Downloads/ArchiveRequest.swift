/// What to archive and where: a recording query, a destination folder and how many downloads
/// may run at once.
public struct ArchiveRequest: Sendable, Hashable {
    /// Owner, session type, window (`from`/`to`, or `timePeriodDays`, else the last 30 days)
    /// and the archived flag; the window is split past the API's cap.
    public var query: RecordingQuery
    /// The archive root; created if missing.
    public var destination: String
    /// Recordings downloaded at the same time (at least 1).
    public var parallelism: Int
    /// Whether to wait while another process holds the folder's ``ArchiveLock``; false fails
    /// at once with `DownloadError.folderBusy` naming its pid.
    public var waitForLock: Bool

    public init(query: RecordingQuery, destination: String, parallelism: Int = 4, waitForLock: Bool = true) {
        self.query = query
        self.destination = destination
        self.parallelism = max(1, parallelism)
        self.waitForLock = waitForLock
    }
}
