import GoToAssistAPI

/// The Recordings pane: ids ready for download or transcode, with start time and size from
/// the download links where known, the filter they were fetched with, and the marked rows.
public struct RecordingsState: Equatable, Sendable {
    /// Newest first: the API lists oldest first, but recent recordings are what people look for.
    public var table = TableState<RecordingRow>(sortColumn: 2, sortDescending: true)
    public var refresh = RefreshStatus()
    /// Whose recordings are on screen: the filter's owner, configured, or the account of the
    /// sessions seen.
    public var owner: RecordingQuery.Owner?
    /// What is asked for: owner, kind of session, period, archived.
    public var filter = RecordingsFilter()
    /// A list came back with 500 ids, the API's cap, and was not split: it is incomplete.
    public var capped = false
    /// Into how many queries the last fetch split its range to stay under the cap (0: none).
    public var splits = 0
    public var downloads: [String: RecordingDownload] = [:]
    /// Recording ids marked with space for `D`; kept across refreshes while the id is listed.
    public var marked: Set<String> = []
    /// Recordings a transcode was asked for from here, until a refresh lists them as ready.
    public var transcoding: Set<String> = []

    public init() {}
}

/// What one recordings refresh delivers.
public struct RecordingsSnapshot: Equatable, Sendable {
    public var list: RecordingList
    public var downloads: [RecordingDownload]
    /// Sub-range queries made because a range hit the cap (see `RecordingsFetch.splits`).
    public var splits: Int

    public init(list: RecordingList, downloads: [RecordingDownload], splits: Int = 0) {
        self.list = list
        self.downloads = downloads
        self.splits = splits
    }
}
