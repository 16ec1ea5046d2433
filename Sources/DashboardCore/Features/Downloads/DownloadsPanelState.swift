/// The downloads panel (`w`, `:downloads`): which line is selected for `x`.
///
/// Only the selection lives here; the jobs are in `DashboardState.downloads`, so the panel
/// always shows the live queue, and closing it changes nothing about the downloads.
public struct DownloadsPanelState: Equatable, Sendable {
    /// An index into `DownloadsState.rows`.
    public var selected = 0

    public init(selected: Int = 0) { self.selected = selected }
}
