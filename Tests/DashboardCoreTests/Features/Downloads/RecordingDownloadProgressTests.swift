import Clocks
@testable import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// Running downloads: never more than two files at once, progress with rate and time left
/// (throttled to four reports a second per file), a failed file beside the others, and a full
/// disk stopping the queue. On a `TestStore` whose test clock paces the scripted downloads.
@MainActor
@Suite struct RecordingDownloadProgressTests {
    typealias F = RecDownloadFixtures

    @Test func neverMoreThanTwoFilesRunAtOnce() async {
        var fixtures = F.fixtures(ready: ["1", "2"])
        fixtures.state.recordings.marked = ["1", "2"]
        let downloads = fixtures.downloads
        // The first MP4 arrives after 1 s in one report; the other files take far longer.
        downloads.steps = 1
        downloads.pause = .seconds(1000)
        downloads.pauses = ["mp4": .seconds(1)]
        let t0 = fixtures.now()
        let store = fixtures.store()
        await store.send(.downloads(.downloadMarkedKeyPressed)) {
            F.asked(&$0, ["1", "2"], request: 0)
            $0.recordings.marked = []
            $0.messages.post(.info, "downloading 2 recordings into ~/g2a-recordings", at: t0)
        }
        await store.receive(F.linksAnswer(0, ["1", "2"], [F.links("1"), F.links("2")])) {
            F.linksArrived(&$0, request: 0, [F.links("1"), F.links("2")], now: t0)
        }
        #expect(store.state.downloads.runningCount == 2)
        await downloads.waitUntil { $0.calls.count == 2 }
        #expect(Set(downloads.calls.map(\.url)) == ["https://cdn.example/1.mp4?v1", "https://cdn.example/1.events?v1"])

        // One file finishing lets exactly one more start.
        await fixtures.clock.advance(by: .seconds(1))
        let t1 = t0.addingTimeInterval(1)
        let video = F.file("1", .video)
        await store.receive(.downloads(.progressed(video, bytes: 1000))) {
            $0.downloads.update(video) { $0.bytes = 1000; $0.rate = 1000 }
            $0.downloads.received(1000, at: t1)
        }
        await store.receive(.downloads(.finished(video, .success(1000)))) {
            $0.downloads.update(video) { $0.status = .done }
            $0.downloads.received(0, at: t1)
            F.startQueued(&$0, now: t1)
        }
        #expect(store.state.downloads.runningCount == 2)
        await downloads.waitUntil { $0.calls.count == 3 }
        #expect(downloads.calls.map(\.url).last == "https://cdn.example/1.jpg?v1")
        await F.cancelAll(store, fixtures, count: 5)
        await store.finish()
        #expect(downloads.calls.count == 3, "nothing else started")
    }

    @Test func progressUpdatesBytesRateAndTimeLeft() async {
        let fixtures = F.fixtures()
        fixtures.downloads.hangs = true
        let t0 = fixtures.now()
        let store = fixtures.store()
        await F.pressD(store, fixtures)
        let video = F.file("9001", .video)
        await fixtures.clock.advance(by: .seconds(1))
        let t1 = t0.addingTimeInterval(1)
        await store.send(.downloads(.progressed(video, bytes: 250))) {
            $0.downloads.update(video) { $0.bytes = 250; $0.rate = 250 }
            $0.downloads.received(250, at: t1)
        }
        let file = store.state.downloads.file(video)
        #expect(file?.bytes == 250)
        #expect(file?.rate == 250)
        #expect(file?.secondsLeft == 3)
        var totals = store.state.downloads.totals
        #expect(totals.bytes == 250)
        #expect(totals.totalBytes == 1000)
        #expect(totals.bytesPerSecond == 250)
        #expect(totals.secondsLeft == 3)
        #expect(DownloadText.summary(totals) == "0/3 files · 250 B of 1000 B · 250 B/s · 0:03 left")

        // A stall shows as a falling rate once the clock ticks on.
        await fixtures.clock.advance(by: .seconds(4))
        let t5 = t0.addingTimeInterval(5)
        await store.send(.app(.clockTicked(t5))) {
            $0.now = t5
            $0.downloads.sampleRate(at: t5)
        }
        totals = store.state.downloads.totals
        #expect(totals.bytesPerSecond == 50)
        #expect(totals.secondsLeft == 15)
        await F.cancelAll(store, fixtures, count: 3)
        await store.finish()
    }

    @Test func progressReachesTheStoreAtMostFourTimesASecondPerFile() async {
        let fixtures = F.fixtures()
        // The MP4 reports ten times within one instant; the events file never gets going.
        fixtures.downloads.steps = 10
        fixtures.downloads.pause = .seconds(1000)
        fixtures.downloads.pauses = ["mp4": .zero]
        let now = fixtures.now()
        let store = fixtures.store()
        await F.pressD(store, fixtures)
        let video = F.file("9001", .video)
        // Which of the ten the one action carries depends on when the effect reads it.
        var reported: Int64 = 0
        await store.receive({
            guard case .downloads(.progressed(video, let bytes)) = $0 else { return false }
            reported = bytes
            return true
        }) {
            $0.downloads.update(video) { $0.bytes = reported }
            $0.downloads.received(reported, at: now)
        }
        // Then the file finishes: no second progress action came before it.
        await store.receive(.downloads(.finished(video, .success(1000)))) {
            $0.downloads.update(video) { $0.status = .done; $0.bytes = 1000 }
            $0.downloads.received(1000 - reported, at: now)
            F.startQueued(&$0, now: now)
        }
        await F.cancelAll(store, fixtures, count: 2)
        await store.finish()
    }

    @Test func aFailedFileShowsItsErrorAndTheOthersContinue() async {
        let fixtures = F.fixtures()
        let downloads = fixtures.downloads
        downloads.fail("https://cdn.example/9001.events?v1", with: DownloadFailure.failed("HTTP 500 from cdn.example"))
        downloads.steps = 1
        downloads.pauses = ["mp4": .seconds(1), "jpg": .seconds(2)]
        let (video, events, thumbnail) = (F.file("9001", .video), F.file("9001", .events), F.file("9001", .thumbnail))
        let t0 = fixtures.now()
        let store = fixtures.store()
        await F.pressD(store, fixtures)
        await store.receive(.downloads(.finished(events, .failure(.failed("HTTP 500 from cdn.example"))))) {
            $0.downloads.update(events) { $0.status = .failed("HTTP 500 from cdn.example") }
            $0.messages.post(.error, "download 9001.events failed: HTTP 500 from cdn.example", at: t0)
            F.startQueued(&$0, now: t0)
        }
        await downloads.waitUntil { $0.calls.count == 3 }
        await fixtures.clock.advance(by: .seconds(1))
        let t1 = t0.addingTimeInterval(1)
        await store.receive(.downloads(.progressed(video, bytes: 1000))) {
            $0.downloads.update(video) { $0.bytes = 1000; $0.rate = 1000 }
            $0.downloads.received(1000, at: t1)
        }
        await store.receive(.downloads(.finished(video, .success(1000)))) {
            $0.downloads.update(video) { $0.status = .done }
            $0.downloads.received(0, at: t1)
        }
        await fixtures.clock.advance(by: .seconds(1))
        let t2 = t0.addingTimeInterval(2)
        await store.receive(.downloads(.progressed(thumbnail, bytes: 100))) {
            $0.downloads.update(thumbnail) { $0.bytes = 100; $0.rate = 50 }
            $0.downloads.received(100, at: t2)
        }
        await store.receive(.downloads(.finished(thumbnail, .success(100)))) {
            $0.downloads.update(thumbnail) { $0.status = .done }
            $0.downloads.received(0, at: t2)
            $0.messages.post(.warn, "downloads finished: 2 of 3 files (1.1 KiB), 1 failed; w shows which", at: t2)
        }
        let files = store.state.downloads.recordings[0].files
        #expect(files.map(\.status) == [.done, .failed("HTTP 500 from cdn.example"), .done])
        #expect(store.state.messages.entries.contains { $0.level == .error && $0.text == "download 9001.events failed: HTTP 500 from cdn.example" })
        await store.finish()
    }

    @Test func aFullDiskStopsTheQueue() async {
        let fixtures = F.fixtures()
        fixtures.downloads.fail("https://cdn.example/9001.mp4?v1", with: DownloadFailure.diskFull("cannot write 9001.mp4: no space left"))
        fixtures.downloads.pause = .seconds(1000)
        let now = fixtures.now()
        let store = fixtures.store()
        await F.pressD(store, fixtures)
        let video = F.file("9001", .video)
        await store.receive(.downloads(.finished(video, .failure(.diskFull("cannot write 9001.mp4: no space left"))))) {
            $0.downloads.update(video) { $0.status = .failed("cannot write 9001.mp4: no space left") }
            $0.downloads.update(F.file("9001", .thumbnail)) { $0.status = .failed("not started: disk full") }
            $0.messages.post(.error, "download 9001.mp4 failed: cannot write 9001.mp4: no space left; the queue is stopped", at: now)
        }
        #expect(store.state.downloads.recordings[0].files.map(\.status) == [
            .failed("cannot write 9001.mp4: no space left"), .downloading, .failed("not started: disk full"),
        ])
        await F.cancelAll(store, fixtures, count: 1)
        await store.finish()
        #expect(fixtures.downloads.calls.count == 2, "the thumbnail never started")
    }
}
