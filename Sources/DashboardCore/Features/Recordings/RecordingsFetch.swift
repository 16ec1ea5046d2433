import GoToAssistAPI

/// What `fetchRecordings` returns: every recording of the query, and how it was fetched.
///
/// `GET /archive/recordings` lists at most 500 ids per readiness; a query that hits the cap
/// is split into smaller time ranges until each part is under it, and the parts merged, so
/// no recording is missed. `splits` says how many sub-range queries that took (0 when the
/// first answer was under the cap), and the dashboard says so in the status bar.
public struct RecordingsFetch: Equatable, Sendable {
    /// The merged list, each id once, in start-time order.
    public var list: RecordingList
    /// The number of sub-range queries made because a range hit the cap; 0 for none.
    public var splits: Int

    public init(list: RecordingList, splits: Int = 0) {
        self.list = list
        self.splits = splits
    }
}
