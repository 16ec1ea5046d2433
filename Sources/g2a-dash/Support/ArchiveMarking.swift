/// How `archive --mark-archived` went: how many recordings the server now lists as archived,
/// and why it stopped if it did.
///
/// A failure is kept rather than thrown so the run's summary (what is safe on disk) is still
/// printed; marking never touches the files, so the next run simply marks what is left.
struct ArchiveMarking {
    /// Recordings marked archived, counted by completed requests.
    var marked = 0
    /// Why marking stopped; nil when every batch was marked.
    var error: (any Error)?

    /// Marks `ids` archived, `batch` ids a request, in order, stopping at the first failure.
    ///
    /// One request per batch (not one call for all) so that the count is exact when a later
    /// batch fails.
    ///
    /// - Parameter send: marks one batch, e.g. `GoToAssistClient.markRecordingsArchived`.
    static func mark(_ ids: [String], batch: Int,
                     with send: ([String]) async throws -> Void) async -> ArchiveMarking {
        var result = ArchiveMarking()
        var start = 0
        while start < ids.count {
            let slice = Array(ids[start..<min(ids.count, start + batch)])
            do {
                try await send(slice)
            } catch {
                result.error = error
                return result
            }
            result.marked += slice.count
            start += slice.count
        }
        return result
    }
}
