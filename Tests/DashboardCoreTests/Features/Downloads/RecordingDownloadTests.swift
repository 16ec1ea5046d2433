import Clocks
@testable import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// `d` and `D`: what is queued and said, links first (at most 500 ids a request), then the
/// MP4, events and thumbnail of each into dated paths, two at a time, to the end of the batch.
/// On a `TestStore` whose test clock paces the scripted downloads; every change is asserted.
@MainActor
@Suite struct RecordingDownloadTests {
    typealias F = RecDownloadFixtures

    @Test func dFetchesLinksThenDownloadsTwoFilesAtATimeIntoDatedPaths() async {
        let fixtures = F.fixtures()
        let downloads = fixtures.downloads
        // One report each: the events file after 1 s, the MP4 after 2 s, the thumbnail 2 s after it starts.
        downloads.steps = 1
        downloads.pauses = ["events": .seconds(1), "mp4": .seconds(2), "jpg": .seconds(2)]
        let (video, events, thumbnail) = (F.file("9001", .video), F.file("9001", .events), F.file("9001", .thumbnail))
        let t0 = fixtures.now()
        let store = fixtures.store()
        await F.pressD(store, fixtures)
        #expect(store.state.messages.entries.last?.text == "downloading recording 9001 into ~/g2a-recordings")
        #expect(fixtures.api.recordingURLRequests == [["9001"]])
        let files = store.state.downloads.recordings[0].files
        #expect(files.map(\.path) == [
            "~/g2a-recordings/2026/11/28/9001.mp4", "~/g2a-recordings/2026/11/28/9001.events",
            "~/g2a-recordings/2026/11/28/9001.jpg",
        ])
        #expect(files.map(\.status) == [.downloading, .downloading, .queued])
        #expect(files.map(\.expectedSize) == [1000, nil, nil])
        await downloads.waitUntil { $0.calls.count == 2 }

        await fixtures.clock.advance(by: .seconds(1))
        let t1 = t0.addingTimeInterval(1)
        await store.receive(.downloads(.progressed(events, bytes: 100))) {
            $0.downloads.update(events) { $0.bytes = 100; $0.rate = 100 }
            $0.downloads.received(100, at: t1)
        }
        await store.receive(.downloads(.finished(events, .success(100)))) {
            $0.downloads.update(events) { $0.status = .done }
            $0.downloads.received(0, at: t1)
            F.startQueued(&$0, now: t1)  // the thumbnail takes the free slot
        }
        await downloads.waitUntil { $0.calls.count == 3 }

        await fixtures.clock.advance(by: .seconds(1))
        let t2 = t0.addingTimeInterval(2)
        await store.receive(.downloads(.progressed(video, bytes: 1000))) {
            $0.downloads.update(video) { $0.bytes = 1000; $0.rate = 500 }
            $0.downloads.received(1000, at: t2)
        }
        await store.receive(.downloads(.finished(video, .success(1000)))) {
            $0.downloads.update(video) { $0.status = .done }
            $0.downloads.received(0, at: t2)
        }

        await fixtures.clock.advance(by: .seconds(1))
        let t3 = t0.addingTimeInterval(3)
        await store.receive(.downloads(.progressed(thumbnail, bytes: 100))) {
            $0.downloads.update(thumbnail) { $0.bytes = 100; $0.rate = 50 }
            $0.downloads.received(100, at: t3)
        }
        await store.receive(.downloads(.finished(thumbnail, .success(100)))) {
            $0.downloads.update(thumbnail) { $0.status = .done }
            $0.downloads.received(0, at: t3)
            $0.messages.post(.info, "downloads finished: 3 files, 1.2 KiB in ~/g2a-recordings", at: t3)
        }
        // The MP4 and the events file start together (in either order), the thumbnail after.
        #expect(Set(downloads.calls.prefix(2).map(\.path)) == Set(files.prefix(2).map(\.path)))
        #expect(downloads.calls.map(\.path).last == files[2].path)
        #expect(Set(downloads.calls.prefix(2).map(\.url)) == ["https://cdn.example/9001.mp4?v1", "https://cdn.example/9001.events?v1"])
        #expect(downloads.calls.map(\.url).last == "https://cdn.example/9001.jpg?v1")
        #expect(store.state.downloads.recordings[0].files.map(\.status) == [.done, .done, .done])
        #expect(store.state.downloads.recordings[0].files.map(\.bytes) == [1000, 100, 100])
        #expect(!store.state.downloads.isActive)
        await store.finish()
    }

    @Test func capitalDDownloadsTheMarkedReadyOnesAndSaysHowManyWereSkipped() async {
        var fixtures = F.fixtures(ready: ["1", "2", "3"], transcode: ["7"])
        fixtures.state.recordings.marked = ["1", "3", "7"]
        fixtures.downloads.hangs = true
        let now = fixtures.now()
        let store = fixtures.store()
        await store.send(.downloads(.downloadMarkedKeyPressed)) {
            F.asked(&$0, ["1", "3"], request: 0)
            $0.recordings.marked = ["7"]
            $0.messages.post(.warn, "downloading 2 recordings into ~/g2a-recordings (1 skipped: not ready for download)", at: now)
        }
        #expect(store.state.downloads.recordings.map(\.recordingId) == ["1", "3"])
        await store.receive(F.linksAnswer(0, ["1", "3"], [F.links("1"), F.links("3")])) {
            F.linksArrived(&$0, request: 0, [F.links("1"), F.links("3")], now: now)
        }
        #expect(fixtures.api.recordingURLRequests == [["1", "3"]])
        await F.cancelAll(store, fixtures, count: 6)
        await store.finish()
    }

    @Test func linksAreFetchedAtMost500IdsARequest() async {
        let ids = (1...501).map(String.init)
        var fixtures = F.fixtures(ready: ids)
        fixtures.state.recordings.marked = Set(ids)
        fixtures.downloads.hangs = true
        // The request of one id answers a second later, so the two answers come in order.
        let fetch = fixtures.environment.fetchRecordingURLs
        let clock = fixtures.clock
        fixtures.environment.fetchRecordingURLs = { ids in
            if ids.count == 1 { try await clock.sleep(for: .seconds(1)) }
            return try await fetch(ids)
        }
        let t0 = fixtures.now()
        let store = fixtures.store()
        await store.send(.downloads(.downloadMarkedKeyPressed)) {
            F.asked(&$0, Array(ids.prefix(500)), request: 0)
            F.asked(&$0, ["501"], request: 1)
            $0.recordings.marked = []
            $0.messages.post(.info, "downloading 501 recordings into ~/g2a-recordings", at: t0)
        }
        let first = ids.prefix(500).map { F.links($0) }
        await store.receive(F.linksAnswer(0, Array(ids.prefix(500)), first)) {
            F.linksArrived(&$0, request: 0, first, now: t0)
        }
        await clock.advance(by: .seconds(1))
        await store.receive(F.linksAnswer(1, ["501"], [F.links("501")])) {
            F.linksArrived(&$0, request: 1, [F.links("501")], now: t0.addingTimeInterval(1))
        }
        #expect(fixtures.api.recordingURLRequests.map(\.count) == [500, 1])
        #expect(store.state.downloads.runningCount == 2)
        await F.cancelAll(store, fixtures, count: 501 * 3)
        await store.finish()
    }

    @Test func dOnARecordingNotReadySaysSoAndTwiceQueuesOnce() async {
        let fixtures = F.fixtures(ready: ["1"], transcode: ["7"])
        fixtures.downloads.hangs = true
        let now = fixtures.now()
        let store = fixtures.store()
        await store.send(.pane(.recordings, .moved(.down))) { $0.recordings.table.move(.down, now: now) }
        await store.send(.downloads(.downloadKeyPressed)) {
            $0.messages.post(.warn, "recording 7 is ready for transcode, not downloadable yet", at: now)
        }
        #expect(fixtures.api.recordingURLRequests.isEmpty)
        await store.send(.pane(.recordings, .moved(.up))) { $0.recordings.table.move(.up, now: now) }
        await F.pressD(store, fixtures, "1")
        await store.send(.downloads(.downloadKeyPressed)) {
            $0.messages.post(.info, "nothing new to download (1 already queued)", at: now)
        }
        #expect(fixtures.api.recordingURLRequests == [["1"]], "queued once")
        await F.cancelAll(store, fixtures, count: 3)
        await store.finish()
    }

    @Test func readOnlyModeStillDownloads() async {
        let fixtures = F.fixtures(settings: DashboardSettings(readOnly: true, downloadDirectory: "/srv/rec/"))
        fixtures.downloads.hangs = true
        let store = fixtures.store()
        await F.pressD(store, fixtures)
        #expect(store.state.messages.entries.last?.text == "downloading recording 9001 into /srv/rec/")
        #expect(fixtures.api.recordingURLRequests == [["9001"]])
        await F.cancelAll(store, fixtures, count: 3)
        await store.finish()
    }

    @Test func missingLinksFailTheRecordingWithoutFiles() async {
        let fixtures = F.fixtures()
        fixtures.api.recordingLinks = [[:]]
        let store = fixtures.store()
        await F.pressD(store, fixtures)
        #expect(store.state.downloads.recordings[0].links == .failed("no download link: not ready for download"))
        #expect(store.state.downloads.rows == [DownloadsRow(recordingId: "9001", kind: nil)])
        #expect(fixtures.downloads.calls.isEmpty)
        await store.finish()
    }
}
