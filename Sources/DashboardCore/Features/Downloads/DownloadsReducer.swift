import Foundation
import GoToAssistAPI

/// Downloading recordings: `d` the selected one, `D` the marked ones; links first (at most 500
/// ids a request), then the MP4, events file and thumbnail of each, two files at a time.
///
/// Read-only mode does not stop downloads: they read from the API and write only to the local
/// disk, and `--readonly` exists to protect the account's data, which a download leaves as it
/// was. (The help does not grey `d`/`D` for the same reason.)
struct DownloadsReducer {
    let environment: DashboardEnvironment

    func reduce(_ state: inout DashboardState, _ action: DownloadsAction) -> Effect<DashboardAction> {
        switch action {
        case .downloadKeyPressed:
            guard let row = selectedRecording(&state, key: "d") else { return .none }
            guard row.readiness == .download else {
                environment.post(&state, .warn, "recording \(row.recordingId) is \(row.readiness.rawValue), not downloadable yet")
                return .none
            }
            return enqueue(&state, [row.key])

        case .downloadMarkedKeyPressed:
            guard state.focus == .recordings, state.overlay == nil else {
                environment.post(&state, .info, "D downloads marked recordings: press \(PaneID.recordings.number) for the Recordings pane")
                return .none
            }
            return downloadMarked(&state)

        case .panelKeyPressed:
            if case .downloads = state.modals.last {
                state.modals.removeLast()
            } else if state.modals.isEmpty {
                state.overlay = nil
                state.modals.append(.downloads(DownloadsPanelState()))
            }
            return .none

        case .cancelKeyPressed:
            guard case .downloads(let panel) = state.modals.last else { return .none }
            let rows = state.downloads.rows
            guard rows.indices.contains(panel.selected) else { return .none }
            return cancel(&state, rows[panel.selected])

        case .cancelAllKeyPressed:
            return cancelAllDownloads(&state)

        case .linksResponse(let request, let ids, let result):
            return linksResponse(&state, request: request, ids: ids, result)

        case .progressed(let id, let bytes):
            progressed(&state, id, bytes: bytes)
            return .none

        case .finished(let id, let result):
            return finished(&state, id, result)
        }
    }

    // MARK: - Asking

    /// The selected recording, when the Recordings pane is focused; otherwise says where `key` works.
    func selectedRecording(_ state: inout DashboardState, key: String) -> RecordingRow? {
        guard state.focus == .recordings, state.overlay == nil else {
            environment.post(&state, .info, "\(key) downloads recordings: press \(PaneID.recordings.number) for the Recordings pane")
            return nil
        }
        return state.recordings.table.selectedRow
    }

    /// `D`: the marked recordings that are ready for download, in screen order; says how many
    /// were skipped. The marks of those queued are cleared.
    func downloadMarked(_ state: inout DashboardState) -> Effect<DashboardAction> {
        let marked = state.recordings.marked
        guard !marked.isEmpty else {
            environment.post(&state, .info, "no recordings marked: space marks the selected one")
            return .none
        }
        let table = state.recordings.table
        let shown = Set(table.rows.map(\.key))
        let ordered = table.rows + table.items.filter { !shown.contains($0.key) }
        let ready = ordered.filter { marked.contains($0.key) && $0.readiness == .download }.map(\.key)
        let skipped = marked.count - ready.count
        guard !ready.isEmpty else {
            environment.post(&state, .warn, "none of the \(marked.count) marked recordings is ready for download")
            return .none
        }
        state.recordings.marked.subtract(ready)
        return enqueue(&state, ready, skipped: skipped)
    }

    /// Queues recordings and fetches their links; one already in the queue is not queued twice.
    func enqueue(_ state: inout DashboardState, _ ids: [String], skipped: Int = 0) -> Effect<DashboardAction> {
        state.downloads.beginBatchIfIdle()
        var fresh: [String] = []
        var already = 0
        for id in ids {
            if let index = state.downloads.index(of: id) {
                if state.downloads.recordings[index].isActive {
                    already += 1
                    continue
                }
                // Downloaded (or failed) before: start it over.
                state.downloads.recordings.remove(at: index)
                if index < state.downloads.batchStart { state.downloads.batchStart -= 1 }
            }
            state.downloads.recordings.append(RecordingDownloadJob(recordingId: id))
            fresh.append(id)
        }
        var notes: [String] = []
        if already > 0 { notes.append("\(already) already queued") }
        if skipped > 0 { notes.append("\(skipped) skipped: not ready for download") }
        let what = fresh.count == 1 ? "recording " + TextSanitizer.sanitize(fresh[0]) : "\(fresh.count) recordings"
        let into = " into " + state.settings.downloadDirectory
        if fresh.isEmpty {
            environment.post(&state, .info, "nothing new to download" + (notes.isEmpty ? "" : " (" + notes.joined(separator: ", ") + ")"))
            return .none
        }
        environment.post(&state, skipped > 0 ? .warn : .info,
             "downloading " + what + into + (notes.isEmpty ? "" : " (" + notes.joined(separator: ", ") + ")"))
        return fetchLinks(&state, fresh)
    }

    // MARK: - Links

    /// Fetches download links for `ids`, at most `DownloadsState.linkBatch` a request.
    func fetchLinks(_ state: inout DashboardState, _ ids: [String]) -> Effect<DashboardAction> {
        let fetch = environment.fetchRecordingURLs
        var effects: [Effect<DashboardAction>] = []
        var start = 0
        while start < ids.count {
            let chunk = Array(ids[start..<min(ids.count, start + DownloadsState.linkBatch)])
            start += chunk.count
            let request = state.downloads.nextLinkRequest
            state.downloads.nextLinkRequest += 1
            state.downloads.linkRequests[request] = chunk
            effects.append(.request(id: .downloadLinks(request), { try await fetch(chunk) }) {
                .downloads(.linksResponse(request: request, ids: chunk, $0))
            })
        }
        return .batch(effects)
    }

    func linksResponse(_ state: inout DashboardState, request: Int, ids: [String],
                               _ result: Result<[RecordingDownload], APIError>) -> Effect<DashboardAction> {
        state.downloads.linkRequests[request] = nil
        let wasActive = state.downloads.isActive
        switch result {
        case .success(let links):
            let byId = Dictionary(links.map { ($0.recordingId, $0) }, uniquingKeysWith: { first, _ in first })
            for id in ids {
                guard let index = state.downloads.index(of: id) else { continue }
                applyLinks(&state.downloads.recordings[index], byId[id], directory: state.settings.downloadDirectory)
            }
        case .failure(let error):
            let text = TextSanitizer.sanitize(error.description)
            for id in ids {
                guard let index = state.downloads.index(of: id) else { continue }
                var job = state.downloads.recordings[index]
                if job.refetchingLinks {
                    job.refetchingLinks = false
                    for file in job.files.indices where job.files[file].status == .waitingForLink {
                        job.files[file].status = .failed("link expired, and fetching a new one failed: " + text)
                    }
                } else if job.links == .fetching {
                    job.links = .failed(text)
                }
                state.downloads.recordings[index] = job
            }
            environment.post(&state, .error, "download links: " + text)
        }
        let started = scheduleDownloads(&state)
        noteIfFinished(&state, wasActive: wasActive)
        return started
    }

    /// Files for links just fetched, or fresh links for files whose link expired.
    func applyLinks(_ job: inout RecordingDownloadJob, _ link: RecordingDownload?, directory: String) {
        if job.refetchingLinks {
            job.refetchingLinks = false
            guard let link else {
                for file in job.files.indices where job.files[file].status == .waitingForLink {
                    job.files[file].status = .failed("link expired, and the API gave no new one")
                }
                return
            }
            job.links = .loaded(link)
            for file in job.files.indices where job.files[file].status == .waitingForLink || job.files[file].status == .queued {
                if let url = job.files[file].kind.url(in: link) { job.files[file].url = url }
                job.files[file].status = .queued
                job.files[file].bytes = 0
            }
            return
        }
        guard job.links == .fetching else { return }
        guard let link else {
            job.links = .failed("no download link: not ready for download")
            return
        }
        job.links = .loaded(link)
        job.files = DownloadFileKind.allCases.compactMap { kind in
            guard let url = kind.url(in: link), !url.isEmpty else { return nil }
            return FileDownloadJob(
                kind: kind, url: url,
                path: DownloadPath.path(directory: directory, recordingId: job.recordingId,
                                        startTime: link.recordingStartTime, kind: kind),
                expectedSize: kind == .video ? link.recordingSize : nil)
        }
    }

    // MARK: - Helpers

    /// Says how the batch went when the last thing to do has just finished.
    func noteIfFinished(_ state: inout DashboardState, wasActive: Bool) {
        guard wasActive, !state.downloads.isActive else { return }
        let totals = state.downloads.totals
        guard totals.files > 0 else { return }
        let size = ByteText.format(totals.bytes)
        if totals.failed > 0 {
            environment.post(&state, .warn, "downloads finished: \(totals.filesDone) of \(totals.files) files (\(size)), \(totals.failed) failed; w shows which")
        } else {
            environment.post(&state, .info, "downloads finished: \(totals.filesDone) files, \(size) in \(state.settings.downloadDirectory)")
        }
    }

    /// `9001.mp4`, sanitized, for messages.
    static func name(_ id: DownloadFileID) -> String {
        TextSanitizer.sanitize(id.recordingId) + "." + id.kind.fileExtension
    }
}
