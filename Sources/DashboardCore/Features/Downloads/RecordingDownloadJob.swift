import GoToAssistAPI

/// One recording in the download queue: its links, then one job per file.
public struct RecordingDownloadJob: Equatable, Sendable {
    /// Where the recording's download links are.
    public enum Links: Equatable, Sendable {
        /// Being fetched (`GET /archive/recordings/urls`).
        case fetching
        case loaded(RecordingDownload)
        /// No links: the fetch failed, or the API left the id out (not ready for download).
        case failed(String)
        /// Cancelled before the links arrived.
        case cancelled
    }

    public var recordingId: String
    public var links: Links = .fetching
    /// Fresh links were fetched once after a file's link expired; a second expiry fails.
    public var linksRefetched = false
    /// A refetch after an expired link is in flight.
    public var refetchingLinks = false
    public var files: [FileDownloadJob] = []

    public init(recordingId: String) { self.recordingId = recordingId }

    /// Whether anything of this recording is still to do: its links or any file.
    public var isActive: Bool {
        if links == .fetching || refetchingLinks { return true }
        return files.contains { $0.status.isActive }
    }

    /// The index of the file of `kind`.
    public func fileIndex(_ kind: DownloadFileKind) -> Int? {
        files.firstIndex { $0.kind == kind }
    }
}
