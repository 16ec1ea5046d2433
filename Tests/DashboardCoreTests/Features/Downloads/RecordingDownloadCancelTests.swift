import Clocks
@testable import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// Stopping and retrying downloads: `x` cancels one file and the next starts, `X` stops every
/// file and link fetch, cancelling reaches the download itself, and an expired link is fetched
/// again once. On a `TestStore`, which fails if a cancelled effect still sends anything.
@MainActor
@Suite struct RecordingDownloadCancelTests {
    typealias F = RecDownloadFixtures

    /// `x` on the first row of the panel, the MP4: cancelled (its effect with it, so it reports
    /// nothing), the thumbnail starts in its place.
    static func cancelVideo(_ store: TestStore<DashboardState, DashboardAction>, _ fixtures: RecFixtures) async {
        let now = fixtures.now()
        let video = F.file("9001", .video)
        await store.send(.downloads(.panelKeyPressed)) { $0.modals = [.downloads(DownloadsPanelState())] }
        await store.send(.downloads(.cancelKeyPressed)) {
            $0.downloads.update(video) { $0.status = .cancelled }
            $0.messages.post(.info, "download of 9001.mp4 cancelled", at: now)
            F.startQueued(&$0, now: now)
        }
    }

    @Test func xCancelsTheSelectedFileAndTheNextOneStarts() async {
        let fixtures = F.fixtures()
        fixtures.downloads.hangs = true
        let store = fixtures.store()
        await F.pressD(store, fixtures)
        await fixtures.downloads.waitUntil { $0.calls.count == 2 }
        await Self.cancelVideo(store, fixtures)
        #expect(store.state.downloads.file(F.file("9001", .video))?.status == .cancelled)
        // What a cancelled effect might still have reported changes nothing.
        await store.send(.downloads(.finished(F.file("9001", .video), .success(1000))))
        #expect(store.state.downloads.file(F.file("9001", .video))?.status == .cancelled)
        #expect(store.state.downloads.totals.files == 2)
        await fixtures.downloads.waitUntil { $0.calls.count == 3 }
        #expect(fixtures.downloads.calls.last?.url == "https://cdn.example/9001.jpg?v1", "the next one started")
        await F.cancelAll(store, fixtures, count: 2)
        await store.finish()
    }

    @Test func cancelAllStopsEveryFileAndLinkFetch() async {
        var fixtures = F.fixtures(ready: ["1", "2"])
        fixtures.downloads.hangs = true
        // Recording 1's links take a minute, so its fetch is still out when X comes.
        let fetch = fixtures.environment.fetchRecordingURLs
        let clock = fixtures.clock
        fixtures.environment.fetchRecordingURLs = { ids in
            if ids == ["1"] { try await clock.sleep(for: .seconds(60)) }
            return try await fetch(ids)
        }
        let now = fixtures.now()
        let store = fixtures.store()
        await store.send(.pane(.recordings, .moved(.down))) { $0.recordings.table.move(.down, now: now) }
        await F.pressD(store, fixtures, "2")
        await store.send(.pane(.recordings, .moved(.up))) { $0.recordings.table.move(.up, now: now) }
        await store.send(.downloads(.downloadKeyPressed)) {
            F.asked(&$0, ["1"], request: 1)
            $0.messages.post(.info, "downloading recording 1 into ~/g2a-recordings", at: now)
        }
        // Two files and their queued thumbnail, and the link fetch of recording 1.
        await F.cancelAll(store, fixtures, count: 4)
        #expect(!store.state.downloads.isActive)
        #expect(store.state.messages.entries.last?.text == "cancelled 4 downloads")
        // The cancelled effects send nothing more: finish fails on any action received.
        await fixtures.downloads.waitUntil { $0.cancelledCount == 2 }
        #expect(fixtures.api.recordingURLRequests == [["2"]], "recording 1's links were never fetched")
        #expect(fixtures.downloads.cancelledCount == 2)
        await store.finish()
    }

    @Test(.timeLimit(.minutes(1))) func cancellingThroughTheStoreStopsTheDownloadItself() async {
        let fixtures = F.fixtures()
        let downloads = fixtures.downloads
        downloads.hangs = true
        let store = fixtures.store()
        await F.pressD(store, fixtures)
        await downloads.waitUntil { $0.calls.count == 2 }
        await Self.cancelVideo(store, fixtures)
        await downloads.waitUntil { $0.cancelledCount == 1 }
        #expect(store.state.downloads.file(F.file("9001", .video))?.status == .cancelled)
        await F.cancelAll(store, fixtures, count: 2)
        await downloads.waitUntil { $0.cancelledCount == 3 }
        #expect(!store.state.downloads.isActive)
        await store.finish()
    }

    /// The MP4's link answered `status`: fetched again (request 1) once, it and the queued
    /// thumbnail wait for the fresh link.
    static func expired(_ store: TestStore<DashboardState, DashboardAction>, _ fixtures: RecFixtures, status: Int) async {
        let now = fixtures.now()
        await store.receive(.downloads(.finished(F.file("9001", .video), .failure(.linkExpired(status: status))))) {
            $0.downloads.recordings[0].linksRefetched = true
            $0.downloads.recordings[0].refetchingLinks = true
            $0.downloads.update(F.file("9001", .video)) { $0.status = .waitingForLink }
            $0.downloads.update(F.file("9001", .thumbnail)) { $0.status = .waitingForLink }
            $0.messages.post(.info, "download link of 9001.mp4 expired (HTTP \(status)); fetching a new one", at: now)
            $0.downloads.linkRequests[1] = ["9001"]
            $0.downloads.nextLinkRequest = 2
        }
        #expect(store.state.downloads.recordings[0].files.map(\.status) == [.waitingForLink, .downloading, .waitingForLink])
    }

    @Test func anExpiredLinkIsFetchedAgainOnceThenTheFileFails() async {
        let fixtures = F.fixtures()
        let fresh = F.links("9001", version: "v2")
        fixtures.api.recordingLinks = [["9001": F.links("9001")], ["9001": fresh]]
        fixtures.downloads.fail("https://cdn.example/9001.mp4?v1", with: DownloadFailure.linkExpired(status: 403))
        fixtures.downloads.fail("https://cdn.example/9001.mp4?v2", with: DownloadFailure.linkExpired(status: 404))
        fixtures.downloads.pause = .seconds(1000)
        let now = fixtures.now()
        let store = fixtures.store()
        await F.pressD(store, fixtures)
        await Self.expired(store, fixtures, status: 403)
        await store.receive(F.linksAnswer(1, ["9001"], [fresh])) {
            $0.downloads.linkRequests[1] = nil
            $0.downloads.recordings[0].refetchingLinks = false
            $0.downloads.recordings[0].links = .loaded(fresh)
            $0.downloads.update(F.file("9001", .video)) { $0.url = "https://cdn.example/9001.mp4?v2"; $0.status = .queued }
            $0.downloads.update(F.file("9001", .thumbnail)) { $0.url = "https://cdn.example/9001.jpg?v2"; $0.status = .queued }
            F.startQueued(&$0, now: now)
        }
        #expect(fixtures.api.recordingURLRequests == [["9001"], ["9001"]])
        #expect(store.state.downloads.file(F.file("9001", .video))?.url == "https://cdn.example/9001.mp4?v2")
        #expect(store.state.downloads.file(F.file("9001", .thumbnail))?.url == "https://cdn.example/9001.jpg?v2")

        // The fresh link expiring too is not refetched again; the thumbnail takes the slot.
        let again = "download link expired (HTTP 404) again after fetching a new one"
        await store.receive(.downloads(.finished(F.file("9001", .video), .failure(.linkExpired(status: 404))))) {
            $0.downloads.update(F.file("9001", .video)) { $0.status = .failed(again) }
            $0.messages.post(.error, "download 9001.mp4 failed: \(again)", at: now)
            F.startQueued(&$0, now: now)
        }
        #expect(store.state.downloads.file(F.file("9001", .video))?.status == .failed(again))
        #expect(fixtures.api.recordingURLRequests.count == 2)
        await F.cancelAll(store, fixtures, count: 2)
        await store.finish()
    }

    @Test func anErrorMentioning403CountsAsAnExpiredLink() async {
        struct EngineError: Error, CustomStringConvertible { var description: String }
        let fixtures = F.fixtures()
        // The refetch finds no link, so the MP4 and the thumbnail fail; the events file runs on.
        fixtures.api.recordingLinks = [["9001": F.links("9001")], [:]]
        fixtures.downloads.fail("https://cdn.example/9001.mp4?v1",
                                with: EngineError(description: "download link expired (HTTP 403): https://cdn.example/9001.mp4"))
        fixtures.downloads.pause = .seconds(1000)
        let store = fixtures.store()
        await F.pressD(store, fixtures)
        await Self.expired(store, fixtures, status: 403)
        await store.receive(F.linksAnswer(1, ["9001"], [])) {
            $0.downloads.linkRequests[1] = nil
            $0.downloads.recordings[0].refetchingLinks = false
            $0.downloads.update(F.file("9001", .video)) { $0.status = .failed("link expired, and the API gave no new one") }
            $0.downloads.update(F.file("9001", .thumbnail)) { $0.status = .failed("link expired, and the API gave no new one") }
        }
        #expect(DownloadFailure.classify(CancellationError()) == .cancelled)
        #expect(DownloadFailure.classify(EngineError(description: "HTTP 500")) == .failed("HTTP 500"))
        await F.cancelAll(store, fixtures, count: 1)
        await store.finish()
    }
}
