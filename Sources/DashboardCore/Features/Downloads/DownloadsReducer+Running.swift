import Foundation
import GoToAssistAPI

/// Running downloads: files start two at a time, report progress, finish or fail.
extension DownloadsReducer {
    // MARK: - Running

    /// Starts queued files, in queue order, until `maxConcurrentFiles` are running.
    func scheduleDownloads(_ state: inout DashboardState) -> Effect<DashboardAction> {
        var running = state.downloads.runningCount
        var effects: [Effect<DashboardAction>] = []
        let now = environment.clock.now()
        outer: for index in state.downloads.recordings.indices {
            for file in state.downloads.recordings[index].files.indices
            where state.downloads.recordings[index].files[file].status == .queued {
                guard running < DownloadsState.maxConcurrentFiles else { break outer }
                state.downloads.recordings[index].files[file].status = .downloading
                state.downloads.recordings[index].files[file].bytes = 0
                state.downloads.recordings[index].files[file].startedAt = now
                state.downloads.recordings[index].files[file].rate = nil
                let job = state.downloads.recordings[index].files[file]
                let id = DownloadFileID(recordingId: state.downloads.recordings[index].recordingId, kind: job.kind)
                effects.append(downloadFile(id, job))
                running += 1
            }
        }
        if !effects.isEmpty { state.downloads.sampleRate(at: now) }
        return .batch(effects)
    }

    func progressed(_ state: inout DashboardState, _ id: DownloadFileID, bytes: Int64) {
        guard let file = state.downloads.file(id), file.status == .downloading else { return }
        let now = environment.clock.now()
        state.downloads.update(id) { job in
            job.bytes = max(0, bytes)
            if let start = job.startedAt, now.timeIntervalSince(start) >= TransferRate.minimumSpan {
                job.rate = Double(job.bytes) / now.timeIntervalSince(start)
            }
        }
        state.downloads.received(bytes - file.bytes, at: now)
    }

    func finished(_ state: inout DashboardState, _ id: DownloadFileID,
                          _ result: Result<Int64, DownloadFailure>) -> Effect<DashboardAction> {
        // A file cancelled from the panel may still report; it stays cancelled.
        guard let file = state.downloads.file(id), file.status == .downloading else { return .none }
        var effects: [Effect<DashboardAction>] = []
        switch result {
        case .success(let bytes):
            let total = max(file.bytes, bytes, file.expectedSize ?? 0)
            state.downloads.update(id) { job in
                job.status = .done
                job.bytes = total
            }
            state.downloads.received(total - file.bytes, at: environment.clock.now())
        case .failure(.linkExpired(let status)):
            effects.append(linkExpired(&state, id, status: status))
        case .failure(.diskFull(let message)):
            let text = TextSanitizer.sanitize(message)
            state.downloads.update(id) { $0.status = .failed(text) }
            // Every other file would fail the same way: stop the queue, keep what is done.
            for index in state.downloads.recordings.indices {
                for other in state.downloads.recordings[index].files.indices
                where [.queued, .waitingForLink].contains(state.downloads.recordings[index].files[other].status) {
                    state.downloads.recordings[index].files[other].status = .failed("not started: disk full")
                }
            }
            environment.post(&state, .error, "download \(Self.name(id)) failed: \(text); the queue is stopped")
        case .failure(.cancelled):
            state.downloads.update(id) { $0.status = .cancelled }
        case .failure(.failed(let message)):
            let text = TextSanitizer.sanitize(message)
            state.downloads.update(id) { $0.status = .failed(text) }
            environment.post(&state, .error, "download \(Self.name(id)) failed: \(text)")
        }
        effects.append(scheduleDownloads(&state))
        noteIfFinished(&state, wasActive: true)
        return .batch(effects)
    }

    /// A file's link answered 403/404: fetch fresh links once per recording, then try again.
    ///
    /// Files of the recording that were still queued wait for the fresh links too (theirs came
    /// in the same answer and are as old). A file that started with an older link than the
    /// one now known is simply queued again; a file whose fresh link expires too fails.
    func linkExpired(_ state: inout DashboardState, _ id: DownloadFileID, status: Int) -> Effect<DashboardAction> {
        guard let index = state.downloads.index(of: id.recordingId),
              let fileIndex = state.downloads.recordings[index].fileIndex(id.kind) else { return .none }
        var job = state.downloads.recordings[index]
        defer { state.downloads.recordings[index] = job }
        var effect: Effect<DashboardAction> = .none
        if job.refetchingLinks {
            job.files[fileIndex].status = .waitingForLink
        } else if !job.linksRefetched {
            job.linksRefetched = true
            job.refetchingLinks = true
            for file in job.files.indices where file == fileIndex || job.files[file].status == .queued {
                job.files[file].status = .waitingForLink
            }
            environment.post(&state, .info, "download link of \(Self.name(id)) expired (HTTP \(status)); fetching a new one")
            state.downloads.recordings[index] = job
            effect = fetchLinks(&state, [id.recordingId])
        } else if case .loaded(let link) = job.links, let fresh = id.kind.url(in: link), fresh != job.files[fileIndex].url {
            job.files[fileIndex].url = fresh
            job.files[fileIndex].status = .queued
        } else {
            let text = "download link expired (HTTP \(status)) again after fetching a new one"
            job.files[fileIndex].status = .failed(text)
            environment.post(&state, .error, "download \(Self.name(id)) failed: \(text)")
        }
        return effect
    }
}
