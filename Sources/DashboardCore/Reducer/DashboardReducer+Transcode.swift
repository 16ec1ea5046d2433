/// `T` on the Recordings pane: ask the server to transcode recordings, after a confirmation.
///
/// The marked recordings that are ready for transcode, or the selected one when none is
/// marked. They show as "transcoding" until a refresh lists them as ready for download.
extension DashboardReducer {
    func transcodeRequested(_ state: inout DashboardState) -> Effect<DashboardAction> {
        guard state.focus == .recordings, state.overlay == nil else {
            post(&state, .info, "T transcodes recordings on the Recordings pane (3)")
            return .none
        }
        let recordings = state.recordings
        let waiting = recordings.table.items.filter { $0.readiness == .transcode && !recordings.transcoding.contains($0.key) }
        var ids = waiting.filter { recordings.marked.contains($0.key) }.map(\.key)
        if ids.isEmpty, recordings.marked.isEmpty, let row = recordings.table.selectedRow,
           waiting.contains(where: { $0.key == row.key }) {
            ids = [row.key]
        }
        guard !ids.isEmpty else {
            post(&state, .info, "T transcodes recordings that are ready for transcode: select one, or mark several with space")
            return .none
        }
        return confirm(&state, .transcodeRecordings(ids))
    }
}
