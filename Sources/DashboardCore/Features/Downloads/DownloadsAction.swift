import GoToAssistAPI

/// Downloading recordings: keys, the panel, and what the downloads report.
public enum DownloadsAction: Sendable, Equatable {
    /// `d`: download the selected recording.
    case downloadKeyPressed
    /// `D`: download the marked recordings.
    case downloadMarkedKeyPressed
    /// `w`: open or close the downloads panel.
    case panelKeyPressed
    /// `x` in the panel: cancel the selected file (or link fetch).
    case cancelKeyPressed
    /// `X` in the panel: cancel everything still to do.
    case cancelAllKeyPressed
    /// Links for the recordings of link request `request` (at most 500 ids).
    case linksResponse(request: Int, ids: [String], Result<[RecordingDownload], APIError>)
    /// A file has `bytes` written so far (throttled to 4 a second per file).
    case progressed(DownloadFileID, bytes: Int64)
    /// A file finished: the bytes written, or why not.
    case finished(DownloadFileID, Result<Int64, DownloadFailure>)
}
