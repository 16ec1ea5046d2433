@testable import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// Recording download tests on a `TestStore`: the Recordings pane with links scripted, and the
/// state changes of asking and of links arriving, described with the state's own helpers.
@MainActor
enum RecDownloadFixtures {
    /// 2026-11-28 13:15:00 UTC.
    static let start = Date(timeIntervalSince1970: 1_795_871_700)

    static func links(_ id: String, version: String = "v1", size: Int64 = 1000) -> RecordingDownload {
        RecordingDownload(
            recordingId: id, recordingUrl: "https://cdn.example/\(id).mp4?\(version)", recordingStartTime: start,
            eventsUrl: "https://cdn.example/\(id).events?\(version)", thumbnailUrl: "https://cdn.example/\(id).jpg?\(version)",
            recordingSize: size)
    }

    /// The Recordings pane with `ready` ids ready for download (links scripted) and `transcode` ones not.
    static func fixtures(ready: [String] = ["9001"], transcode: [String] = [],
                         settings: DashboardSettings = DashboardSettings()) -> RecFixtures {
        let fixtures = RecFixtures.recordings(ready: ready, transcode: transcode, settings: settings)
        fixtures.api.recordingLinks = [Dictionary(uniqueKeysWithValues: ready.map { ($0, links($0)) })]
        return fixtures
    }

    static func file(_ id: String, _ kind: DownloadFileKind) -> DownloadFileID {
        DownloadFileID(recordingId: id, kind: kind)
    }

    /// The answer to link request `request` for `ids`, with the scripted links.
    static func linksAnswer(_ request: Int, _ ids: [String], _ links: [RecordingDownload]) -> DashboardAction {
        .downloads(.linksResponse(request: request, ids: ids, .success(links)))
    }

    /// `d`/`D` queued `ids` and asked for their links as request `request`.
    static func asked(_ state: inout DashboardState, _ ids: [String], request: Int) {
        state.downloads.beginBatchIfIdle()
        for id in ids { state.downloads.recordings.append(RecordingDownloadJob(recordingId: id)) }
        state.downloads.linkRequests[request] = ids
        state.downloads.nextLinkRequest = request + 1
    }

    /// The MP4, events and thumbnail of `link`, queued, into their dated paths.
    static func files(_ link: RecordingDownload, directory: String) -> [FileDownloadJob] {
        let urls: [(DownloadFileKind, String?)] = [(.video, link.recordingUrl), (.events, link.eventsUrl), (.thumbnail, link.thumbnailUrl)]
        return urls.compactMap { kind, url in
            guard let url else { return nil }
            return FileDownloadJob(
                kind: kind, url: url,
                path: DownloadPath.path(directory: directory, recordingId: link.recordingId,
                                        startTime: link.recordingStartTime, kind: kind),
                expectedSize: kind == .video ? link.recordingSize : nil)
        }
    }

    /// Links for request `request` arrived: each recording's files are queued, and the first
    /// queued ones start at `now`, two at a time.
    static func linksArrived(_ state: inout DashboardState, request: Int, _ links: [RecordingDownload], now: Date) {
        state.downloads.linkRequests[request] = nil
        for link in links {
            guard let index = state.downloads.index(of: link.recordingId) else { continue }
            state.downloads.recordings[index].links = .loaded(link)
            state.downloads.recordings[index].files = files(link, directory: state.settings.downloadDirectory)
        }
        startQueued(&state, now: now)
    }

    /// Queued files start in queue order at `now` until two are running.
    static func startQueued(_ state: inout DashboardState, now: Date) {
        var running = state.downloads.runningCount
        var started = false
        outer: for index in state.downloads.recordings.indices {
            for file in state.downloads.recordings[index].files.indices
            where state.downloads.recordings[index].files[file].status == .queued {
                guard running < DownloadsState.maxConcurrentFiles else { break outer }
                state.downloads.recordings[index].files[file].status = .downloading
                state.downloads.recordings[index].files[file].startedAt = now
                running += 1
                started = true
            }
        }
        if started { state.downloads.sampleRate(at: now) }
    }

    /// `d` on the selected row `id` and its links' answer, asserted; `hangs` parks the files
    /// so they stay downloading until cancelled.
    static func pressD(_ store: TestStore<DashboardState, DashboardAction>, _ fixtures: RecFixtures,
                       _ id: String = "9001", request: Int = 0) async {
        let now = fixtures.now()
        await store.send(.downloads(.downloadKeyPressed)) {
            asked(&$0, [id], request: request)
            $0.messages.post(.info, "downloading recording \(id) into \($0.settings.downloadDirectory)", at: now)
        }
        let link = fixtures.api.recordingLinks[min(request, fixtures.api.recordingLinks.count - 1)][id]
        await store.receive(linksAnswer(request, [id], link.map { [$0] } ?? [])) {
            linksArrived(&$0, request: request, link.map { [$0] } ?? [], now: now)
            if link == nil, let index = $0.downloads.index(of: id) {
                $0.downloads.recordings[index].links = .failed("no download link: not ready for download")
            }
        }
    }

    /// `X`: every file and link fetch still to do is cancelled (`count` of them); their
    /// effects are cancelled, so nothing more arrives (a cancelled effect's sends are dropped).
    static func cancelAll(_ store: TestStore<DashboardState, DashboardAction>, _ fixtures: RecFixtures,
                          count: Int) async {
        let now = fixtures.now()
        await store.send(.downloads(.cancelAllKeyPressed)) {
            for index in $0.downloads.recordings.indices {
                if $0.downloads.recordings[index].links == .fetching { $0.downloads.recordings[index].links = .cancelled }
                $0.downloads.recordings[index].refetchingLinks = false
                for file in $0.downloads.recordings[index].files.indices where $0.downloads.recordings[index].files[file].status.isActive {
                    $0.downloads.recordings[index].files[file].status = .cancelled
                }
            }
            $0.downloads.linkRequests = [:]
            $0.messages.post(.info, "cancelled \(count) download\(count == 1 ? "" : "s")", at: now)
        }
    }
}
