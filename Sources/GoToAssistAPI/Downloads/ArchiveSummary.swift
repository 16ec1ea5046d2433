/// How an archive run ended: what was archived, what was already there, what failed and why.
public struct ArchiveSummary: Sendable, Hashable {
    /// Recordings listed as ready for download in the window.
    public var listed: Int
    /// Recordings whose files were completed this run.
    public var archived: Int
    /// Recordings already complete on disk and in the manifest; nothing fetched.
    public var skipped: Int
    public var failed: [ArchiveFailure]
    /// Ids of the recordings whose files are all complete under their final names and in the
    /// manifest after this run, archived now or skipped: the only ones safe to mark archived on
    /// the server, since a failed or partial download must stay listed for the next run.
    public var completeIds: [String]
    /// Bytes received this run.
    public var bytesFetched: Int64
    /// Seconds the run took, listing included.
    public var elapsed: Double
    /// How often the listing window was split past the 500 cap.
    public var splits: Int
    /// Windows the cap still hid (see `RecordingListing.truncatedWindows`); 0 normally.
    public var truncatedWindows: Int

    public init(listed: Int = 0, archived: Int = 0, skipped: Int = 0, failed: [ArchiveFailure] = [],
                completeIds: [String] = [], bytesFetched: Int64 = 0, elapsed: Double = 0, splits: Int = 0, truncatedWindows: Int = 0) {
        self.listed = listed
        self.archived = archived
        self.skipped = skipped
        self.failed = failed
        self.completeIds = completeIds
        self.bytesFetched = bytesFetched
        self.elapsed = elapsed
        self.splits = splits
        self.truncatedWindows = truncatedWindows
    }

    /// Whether everything listed is now in the archive.
    public var isComplete: Bool { failed.isEmpty && truncatedWindows == 0 }
}
