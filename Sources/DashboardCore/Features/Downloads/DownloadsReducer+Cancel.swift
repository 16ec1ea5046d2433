/// Cancelling downloads: one file (`x`), everything (`X`, `:cancel-downloads`), and on quit.
///
/// A cancelled file's effect is cancelled by its id, and its job marked at once, so whatever
/// the effect still reports is ignored; the next queued file starts in its place.
extension DownloadsReducer {
    /// `x`: cancels one file, or the link fetch of a recording without files yet.
    func cancel(_ state: inout DashboardState, _ row: DownloadsRow) -> Effect<DashboardAction> {
        guard let index = state.downloads.index(of: row.recordingId) else { return .none }
        let wasActive = state.downloads.isActive
        var effects: [Effect<DashboardAction>] = []
        guard let kind = row.kind else {
            // The link request may carry other ids too, so it runs on; its answer is ignored here.
            if state.downloads.recordings[index].links == .fetching {
                state.downloads.recordings[index].links = .cancelled
                environment.post(&state, .info, "download of \(TextSanitizer.sanitize(row.recordingId)) cancelled")
            }
            noteIfFinished(&state, wasActive: wasActive)
            return .none
        }
        let id = DownloadFileID(recordingId: row.recordingId, kind: kind)
        guard let file = state.downloads.file(id), file.status.isActive else {
            environment.post(&state, .info, "\(Self.name(id)) has already finished")
            return .none
        }
        if file.status == .downloading { effects.append(.cancel(.download(id))) }
        state.downloads.update(id) { $0.status = .cancelled }
        environment.post(&state, .info, "download of \(Self.name(id)) cancelled")
        effects.append(scheduleDownloads(&state))
        noteIfFinished(&state, wasActive: wasActive)
        return .batch(effects)
    }

    /// `X` or `:download-cancel-all`: cancels every file and link fetch still to do.
    func cancelAllDownloads(_ state: inout DashboardState) -> Effect<DashboardAction> {
        let effects = Self.cancelDownloadEffects(state)
        var count = 0
        for index in state.downloads.recordings.indices {
            var job = state.downloads.recordings[index]
            if job.links == .fetching {
                job.links = .cancelled
                count += 1
            }
            job.refetchingLinks = false
            for file in job.files.indices where job.files[file].status.isActive {
                job.files[file].status = .cancelled
                count += 1
            }
            state.downloads.recordings[index] = job
        }
        state.downloads.linkRequests = [:]
        environment.post(&state, .info, count == 0 ? "no downloads to cancel" : "cancelled \(count) download\(count == 1 ? "" : "s")")
        return .batch(effects)
    }

    /// Cancels the effects of every running file and link fetch (`X`, quit).
    static func cancelDownloadEffects(_ state: DashboardState) -> [Effect<DashboardAction>] {
        var effects = state.downloads.linkRequests.keys.sorted().map { Effect<DashboardAction>.cancel(.downloadLinks($0)) }
        for recording in state.downloads.recordings {
            for file in recording.files where file.status == .downloading {
                effects.append(.cancel(.download(DownloadFileID(recordingId: recording.recordingId, kind: file.kind))))
            }
        }
        return effects
    }
}
