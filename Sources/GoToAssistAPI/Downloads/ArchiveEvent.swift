/// What an archive run reports while it works, for a progress bar, a log or a dashboard pane.
///
/// Delivered through a `@Sendable` callback from several tasks at once; `progress` is
/// throttled (about ten a second) so a consumer can redraw on every one.
public enum ArchiveEvent: Sendable {
    /// Another process holds the folder's lock (its pid, if known); the run waits for it.
    case waitingForLock(holder: Int32?)
    /// The window was listed: how many recordings, how many splits it took, how many of them
    /// are already complete on disk and will be skipped.
    case listed(RecordingListing, alreadyArchived: Int)
    /// Overall and per-file progress.
    case progress(ArchiveProgress)
    /// A recording's files are complete and its manifest line is written (or was already).
    case archived(ArchiveManifestEntry)
    /// A recording could not be archived; the run goes on with the others.
    case failed(ArchiveFailure)
    /// A download link had expired and fresh links were fetched for this recording.
    case linkRenewed(recordingId: String)
}
