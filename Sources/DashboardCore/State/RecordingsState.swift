import GoToAssistAPI

/// The Recordings pane: ids ready for download or transcode, with start time and size from
/// the download links where known.
public struct RecordingsState: Equatable, Sendable {
    /// Newest first: the API lists oldest first, but recent recordings are what people look for.
    public var table = TableState<RecordingRow>(sortColumn: 2, sortDescending: true)
    public var refresh = RefreshStatus()
    /// Whose recordings: configured, or the account of the sessions seen.
    public var owner: RecordingQuery.Owner?
    /// The window in days (`timePeriod`).
    public var days = 30
    /// A list came back with 500 ids, the API's cap.
    public var capped = false
    public var downloads: [String: RecordingDownload] = [:]

    public init() {}
}

/// What one recordings refresh delivers.
public struct RecordingsSnapshot: Equatable, Sendable {
    public var list: RecordingList
    public var downloads: [RecordingDownload]

    public init(list: RecordingList, downloads: [RecordingDownload]) {
        self.list = list
        self.downloads = downloads
    }
}
