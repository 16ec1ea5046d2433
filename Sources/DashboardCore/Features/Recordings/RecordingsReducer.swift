import Foundation
import GoToAssistAPI

/// The Recordings pane's own logic: whose recordings, the fetch with its links, marks and `T`.
struct RecordingsReducer {
    let environment: DashboardEnvironment

    func reduce(_ state: inout DashboardState, _ action: RecordingsAction) -> Effect<DashboardAction> {
        switch action {
        case .response(let result):
            return response(&state, result)
        case .filterKeyPressed:
            return openFilter(&state, fromKey: true)
        case .markKeyPressed:
            toggleMark(&state)
            return .none
        case .transcodeKeyPressed:
            return transcodeRequested(&state)
        }
    }

    /// Whose recordings to list: the filter's owner, the configured one, else the account of the
    /// sessions seen.
    static func owner(_ state: DashboardState) -> RecordingQuery.Owner? {
        if let owner = state.recordings.filter.owner { return owner }
        if let owner = state.recordings.owner { return owner }
        if let key = state.settings.recordingsOwner { return .accountKey(key) }
        return state.sessions.table.items.lazy.compactMap(\.session.accountKey).first.map { .accountKey($0) }
    }

    /// Fetches the list (split at the 500 cap) and the links of what is ready for download.
    func fetch(_ state: inout DashboardState) -> Effect<DashboardAction> {
        guard let owner = Self.owner(state) else {
            // The account comes from the sessions; try again once they have loaded.
            state.recordings.refresh.nextDue = nil
            if state.sessions.refresh.lastSuccess == nil { return PaneRefresh.armTimer(&state, .recordings, after: 2, environment) }
            environment.post(&state, .warn, "Recordings: no account key known yet (no session in the window); set recordings_account_key in the config")
            return .none
        }
        state.recordings.owner = owner
        state.recordings.refresh.begin(at: environment.clock.now())
        let query = state.recordings.filter.query(owner: owner, now: environment.clock.now())
        let (fetchRecordings, fetchURLs) = (environment.fetchRecordings, environment.fetchRecordingURLs)
        return .request(id: .refresh(.recordings), {
            let fetch = try await fetchRecordings(query)
            var downloads: [RecordingDownload] = []
            if !fetch.list.readyForDownload.isEmpty {
                // Start times and sizes come with the links; one call of at most 500 ids.
                let ids = Array(fetch.list.readyForDownload.suffix(GoToAssistClient.recordingURLBatch))
                downloads = (try? await fetchURLs(ids)) ?? []
            }
            return RecordingsSnapshot(list: fetch.list, downloads: downloads, splits: fetch.splits)
        }) { .recordings(.response($0)) }
    }

    private func response(_ state: inout DashboardState, _ result: Result<RecordingsSnapshot, APIError>) -> Effect<DashboardAction> {
        let now = environment.clock.now()
        state.recordings.refresh.inFlight = false
        switch result {
        case .success(let snapshot):
            let downloads = Dictionary(snapshot.downloads.map { ($0.recordingId, $0) }, uniquingKeysWith: { a, _ in a })
            state.recordings.downloads = downloads
            // A split fetch is complete even though its merged lists are longer than the cap.
            state.recordings.capped = snapshot.splits == 0 && snapshot.list.isCapped
            let rows = snapshot.list.readyForDownload.map { RecordingRow(id: $0, readiness: .download, download: downloads[$0]) }
                + snapshot.list.readyForTranscode.map { RecordingRow(id: $0, readiness: .transcode) }
            state.recordings.table.setItems(rows, now: now)
            // Marks follow the id, and go with it when it leaves the list.
            state.recordings.marked.formIntersection(rows.map(\.key))
            // "transcoding" lasts until the list no longer says ready for transcode.
            state.recordings.transcoding.formIntersection(snapshot.list.readyForTranscode)
            PaneRefresh.succeeded(&state.recordings.refresh, now: now)
            if state.recordings.capped {
                environment.post(&state, .warn, "a recordings list hit the API's 500-id cap; older recordings are not shown")
            }
            if snapshot.splits > 0, snapshot.splits != state.recordings.splits {
                environment.post(&state, .info, "\(RecordingList.listCap)-recording cap: the range was split into \(snapshot.splits) queries")
            }
            state.recordings.splits = snapshot.splits
        case .failure(let error):
            PaneRefresh.failed(&state, .recordings, error, environment)
        }
        return PaneRefresh.rearm(&state, .recordings, environment)
    }

    /// Space marks the selected row for `D` and moves to the next, so holding it marks a run.
    private func toggleMark(_ state: inout DashboardState) {
        guard state.focus == .recordings, state.overlay == nil else { return }
        guard let key = state.recordings.table.selectedKey else { return }
        if state.recordings.marked.remove(key) == nil { state.recordings.marked.insert(key) }
        state.recordings.table.move(.down, now: environment.clock.now())
    }

    /// `T`: the marked recordings that are ready for transcode, or the selected one when none is
    /// marked; a confirmation first. They show as "transcoding" until listed as ready.
    private func transcodeRequested(_ state: inout DashboardState) -> Effect<DashboardAction> {
        guard state.focus == .recordings, state.overlay == nil else {
            environment.post(&state, .info, "T transcodes recordings on the Recordings pane (\(PaneID.recordings.number))")
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
            environment.post(&state, .info, "T transcodes recordings that are ready for transcode: select one, or mark several with space")
            return .none
        }
        return WriteReducer(environment: environment).confirm(&state, .transcodeRecordings(ids))
    }
}
