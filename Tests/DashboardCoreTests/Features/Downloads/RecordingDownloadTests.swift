@testable import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// `d` and `D`: links first, then MP4, events and thumbnail, two at a time, with progress,
/// failures, cancellation and one refetch of expired links.
struct RecordingDownloadTests {
    /// 2026-11-28 13:15:00 UTC.
    static let start = Date(timeIntervalSince1970: 1_795_871_700)

    static func links(_ id: String, version: String = "v1", size: Int64 = 1000) -> RecordingDownload {
        RecordingDownload(
            recordingId: id, recordingUrl: "https://cdn.example/\(id).mp4?\(version)", recordingStartTime: start,
            eventsUrl: "https://cdn.example/\(id).events?\(version)", thumbnailUrl: "https://cdn.example/\(id).jpg?\(version)",
            recordingSize: size)
    }

    /// The Recordings pane with `ready` ids ready for download and `transcode` ones not.
    static func harness(ready: [String] = ["9001"], transcode: [String] = [],
                        settings: DashboardSettings = DashboardSettings()) -> ReducerHarness {
        var h = ReducerHarness(width: 120, height: 40, settings: settings)
        h.state.focus = .recordings
        h.state.recordings.owner = .accountKey("777")
        h.state.recordings.table = TableState()
        h.send(.recordings(.response(.success(RecordingsSnapshot(
            list: RecordingList(readyForTranscode: transcode, readyForDownload: ready), downloads: [])))))
        h.api.recordingLinks = [Dictionary(uniqueKeysWithValues: ready.map { ($0, links($0)) })]
        return h
    }

    static func file(_ id: String, _ kind: DownloadFileKind) -> DownloadFileID {
        DownloadFileID(recordingId: id, kind: kind)
    }

    /// `d` on the selected row, with its links fetched; returns the effect that starts files.
    static func pressD(_ h: inout ReducerHarness) async -> Effect<DashboardAction> {
        let asked = h.send(.downloads(.downloadKeyPressed))
        let answers = await asked.actions(of: .downloadLinks(h.state.downloads.nextLinkRequest - 1))
        #expect(answers.count == 1)
        return h.send(answers[0])
    }

    @Test func dFetchesLinksThenDownloadsTwoFilesAtATimeIntoDatedPaths() async {
        var h = Self.harness()
        let asked = h.send(.downloads(.downloadKeyPressed))
        #expect(asked.runIDs == [.downloadLinks(0)])
        #expect(h.state.messages.entries.last?.text == "downloading recording 9001 into ~/g2a-recordings")
        let answers = await asked.actions(of: .downloadLinks(0))
        #expect(h.api.recordingURLRequests == [["9001"]])
        let started = h.send(answers[0])
        #expect(started.runIDs == [.download(Self.file("9001", .video)), .download(Self.file("9001", .events))])
        let files = h.state.downloads.recordings[0].files
        #expect(files.map(\.path) == [
            "~/g2a-recordings/2026/11/28/9001.mp4", "~/g2a-recordings/2026/11/28/9001.events",
            "~/g2a-recordings/2026/11/28/9001.jpg",
        ])
        #expect(files.map(\.status) == [.downloading, .downloading, .queued])
        #expect(files.map(\.expectedSize) == [1000, nil, nil])

        await h.drain(started, where: \.isDownload)
        #expect(h.downloads.calls.map(\.path) == files.map(\.path))
        #expect(h.downloads.calls.map(\.url) == [
            "https://cdn.example/9001.mp4?v1", "https://cdn.example/9001.events?v1", "https://cdn.example/9001.jpg?v1",
        ])
        #expect(h.state.downloads.recordings[0].files.map(\.status) == [.done, .done, .done])
        #expect(h.state.downloads.recordings[0].files.map(\.bytes) == [1000, 100, 100])
        #expect(!h.state.downloads.isActive)
        #expect(h.state.messages.entries.last?.text == "downloads finished: 3 files, 1.2 KiB in ~/g2a-recordings")
    }

    @Test func neverMoreThanTwoFilesRunAtOnce() async {
        var h = Self.harness(ready: ["1", "2"])
        h.state.recordings.marked = ["1", "2"]
        let asked = h.send(.downloads(.downloadMarkedKeyPressed))
        let started = h.send((await asked.actions(of: .downloadLinks(0)))[0])
        #expect(started.runIDs.count == 2)
        #expect(h.state.downloads.runningCount == 2)
        // One file finishing lets exactly one more start.
        let next = h.send(.downloads(.finished(Self.file("1", .video), .success(1000))))
        #expect(next.runIDs == [.download(Self.file("1", .thumbnail))])
        #expect(h.state.downloads.runningCount == 2)
    }

    @Test func progressUpdatesBytesRateAndTimeLeft() async {
        var h = Self.harness()
        _ = await Self.pressD(&h)
        h.clock.advance(1)
        h.send(.downloads(.progressed(Self.file("9001", .video), bytes: 250)))
        let video = h.state.downloads.file(Self.file("9001", .video))
        #expect(video?.bytes == 250)
        #expect(video?.rate == 250)
        #expect(video?.secondsLeft == 3)
        var totals = h.state.downloads.totals
        #expect(totals.bytes == 250)
        #expect(totals.totalBytes == 1000)
        #expect(totals.bytesPerSecond == 250)
        #expect(totals.secondsLeft == 3)
        #expect(DownloadText.summary(totals) == "0/3 files · 250 B of 1000 B · 250 B/s · 0:03 left")

        // A stall shows as a falling rate once the clock ticks on.
        h.clock.advance(4)
        h.send(.app(.clockTicked(h.clock.now)))
        totals = h.state.downloads.totals
        #expect(totals.bytesPerSecond == 50)
        #expect(totals.secondsLeft == 15)
    }

    @Test func progressReachesTheStoreAtMostFourTimesASecondPerFile() async {
        var h = Self.harness()
        h.downloads.steps = 10
        h.downloads.secondsPerStep = 0
        let started = await Self.pressD(&h)
        let sent = await started.actions(of: .download(Self.file("9001", .video)), limit: 100)
        let progress = sent.filter { if case .downloads(.progressed) = $0 { true } else { false } }
        #expect(progress.count == 1, "ten reports within one instant make one action")
        #expect(sent.last == .downloads(.finished(Self.file("9001", .video), .success(1000))))
    }

    @Test func aFailedFileShowsItsErrorAndTheOthersContinue() async {
        var h = Self.harness()
        h.downloads.fail("https://cdn.example/9001.events?v1", with: DownloadFailure.failed("HTTP 500 from cdn.example"))
        let started = await Self.pressD(&h)
        await h.drain(started, where: \.isDownload)
        let files = h.state.downloads.recordings[0].files
        #expect(files.map(\.status) == [.done, .failed("HTTP 500 from cdn.example"), .done])
        #expect(h.state.messages.entries.contains { $0.level == .error && $0.text == "download 9001.events failed: HTTP 500 from cdn.example" })
        #expect(h.state.messages.entries.last?.text == "downloads finished: 2 of 3 files (1.1 KiB), 1 failed; w shows which")
    }

    @Test func xCancelsTheSelectedFileAndTheNextOneStarts() async {
        var h = Self.harness()
        _ = await Self.pressD(&h)
        h.send(.downloads(.panelKeyPressed))
        #expect(h.state.modals.last == .downloads(DownloadsPanelState()))
        let cancelled = h.send(.downloads(.cancelKeyPressed))
        #expect(cancelled.cancelledIDs == [.download(Self.file("9001", .video))])
        #expect(cancelled.runIDs == [.download(Self.file("9001", .thumbnail))])
        #expect(h.state.downloads.file(Self.file("9001", .video))?.status == .cancelled)
        // What the cancelled effect may still report changes nothing.
        h.send(.downloads(.finished(Self.file("9001", .video), .success(1000))))
        #expect(h.state.downloads.file(Self.file("9001", .video))?.status == .cancelled)
        #expect(h.state.downloads.totals.files == 2)
    }

    @Test func cancelAllStopsEveryFileAndLinkFetch() async {
        var h = Self.harness(ready: ["1", "2"])
        h.send(h.moved(.down))
        _ = await Self.pressD(&h)
        h.send(h.moved(.up))
        h.send(.downloads(.downloadKeyPressed))
        let effect = h.send(.downloads(.cancelAllKeyPressed))
        #expect(Set(effect.cancelledIDs) == [.download(Self.file("2", .video)), .download(Self.file("2", .events)), .downloadLinks(1)])
        #expect(!h.state.downloads.isActive)
        #expect(h.state.messages.entries.last?.text == "cancelled 4 downloads")
    }

    @Test(.timeLimit(.minutes(1))) @MainActor func cancellingThroughTheStoreStopsTheDownloadItself() async throws {
        let h = Self.harness()
        let downloads = h.downloads
        downloads.hangs = true
        let store = Store(initialState: h.state, reducer: h.reducer.reduce)
        store.send(.downloads(.downloadKeyPressed))
        await downloads.waitUntil { $0.calls.count == 2 }
        #expect(store.runningIDs.isSuperset(of: [.download(Self.file("9001", .video)), .download(Self.file("9001", .events))]))
        store.send(.downloads(.panelKeyPressed))
        store.send(.downloads(.cancelKeyPressed))
        await downloads.waitUntil { $0.cancelledCount == 1 }
        #expect(!store.runningIDs.contains(.download(Self.file("9001", .video))))
        #expect(store.state.downloads.file(Self.file("9001", .video))?.status == .cancelled)
        store.send(.downloads(.cancelAllKeyPressed))
        await downloads.waitUntil { $0.cancelledCount == 3 }
        #expect(!store.state.downloads.isActive)
        store.cancelAll()
    }


    @Test func anExpiredLinkIsFetchedAgainOnceThenTheFileFails() async {
        var h = Self.harness()
        h.api.recordingLinks = [["9001": Self.links("9001")], ["9001": Self.links("9001", version: "v2")]]
        h.downloads.fail("https://cdn.example/9001.mp4?v1", with: DownloadFailure.linkExpired(status: 403))
        let started = await Self.pressD(&h)
        let expired = h.send(.downloads(.finished(Self.file("9001", .video), .failure(.linkExpired(status: 403)))))
        #expect(expired.runIDs == [.downloadLinks(1)])
        #expect(h.state.downloads.recordings[0].files.map(\.status) == [.waitingForLink, .downloading, .waitingForLink])
        #expect(h.state.messages.entries.last?.text == "download link of 9001.mp4 expired (HTTP 403); fetching a new one")
        let fresh = h.send((await expired.actions(of: .downloadLinks(1)))[0])
        #expect(h.api.recordingURLRequests == [["9001"], ["9001"]])
        #expect(fresh.runIDs == [.download(Self.file("9001", .video))])
        #expect(h.state.downloads.file(Self.file("9001", .video))?.url == "https://cdn.example/9001.mp4?v2")
        #expect(h.state.downloads.file(Self.file("9001", .thumbnail))?.url == "https://cdn.example/9001.jpg?v2")
        _ = started

        // The fresh link expiring too is not refetched again.
        let again = h.send(.downloads(.finished(Self.file("9001", .video), .failure(.linkExpired(status: 404)))))
        #expect(!again.runIDs.contains { if case .downloadLinks = $0 { true } else { false } })
        #expect(h.state.downloads.file(Self.file("9001", .video))?.status
                == .failed("download link expired (HTTP 404) again after fetching a new one"))
        #expect(h.api.recordingURLRequests.count == 2)
    }

    @Test func anErrorMentioning403CountsAsAnExpiredLink() async {
        var h = Self.harness()
        struct EngineError: Error, CustomStringConvertible { var description: String }
        h.downloads.fail("https://cdn.example/9001.mp4?v1", with: EngineError(description: "download link expired (HTTP 403): https://cdn.example/9001.mp4"))
        let started = await Self.pressD(&h)
        let sent = await started.actions(of: .download(Self.file("9001", .video)))
        #expect(sent == [.downloads(.finished(Self.file("9001", .video), .failure(.linkExpired(status: 403))))])
        #expect(DownloadFailure.classify(CancellationError()) == .cancelled)
        #expect(DownloadFailure.classify(EngineError(description: "HTTP 500")) == .failed("HTTP 500"))
    }

    @Test func aFullDiskStopsTheQueue() async {
        var h = Self.harness()
        _ = await Self.pressD(&h)
        h.send(.downloads(.finished(Self.file("9001", .video), .failure(.diskFull("cannot write 9001.mp4: no space left")))))
        #expect(h.state.downloads.recordings[0].files.map(\.status) == [
            .failed("cannot write 9001.mp4: no space left"), .downloading, .failed("not started: disk full"),
        ])
    }

    @Test func capitalDDownloadsTheMarkedReadyOnesAndSaysHowManyWereSkipped() async {
        var h = Self.harness(ready: ["1", "2", "3"], transcode: ["7"])
        h.state.recordings.marked = ["1", "3", "7"]
        let asked = h.send(.downloads(.downloadMarkedKeyPressed))
        #expect(asked.runIDs == [.downloadLinks(0)])
        #expect(h.state.messages.entries.last?.text == "downloading 2 recordings into ~/g2a-recordings (1 skipped: not ready for download)")
        #expect(h.state.downloads.recordings.map(\.recordingId) == ["1", "3"])
        #expect(h.state.recordings.marked == ["7"])
        _ = await asked.actions(of: .downloadLinks(0))
        #expect(h.api.recordingURLRequests == [["1", "3"]])
    }

    @Test func linksAreFetchedAtMost500IdsARequest() async {
        let ids = (1...501).map(String.init)
        var h = Self.harness(ready: ids)
        h.state.recordings.marked = Set(ids)
        let asked = h.send(.downloads(.downloadMarkedKeyPressed))
        #expect(asked.runIDs == [.downloadLinks(0), .downloadLinks(1)])
        _ = await asked.actions(of: .downloadLinks(0))
        _ = await asked.actions(of: .downloadLinks(1))
        #expect(h.api.recordingURLRequests.map(\.count) == [500, 1])
    }

    @Test func dOnARecordingNotReadySaysSoAndTwiceQueuesOnce() async {
        var h = Self.harness(ready: ["1"], transcode: ["7"])
        h.send(h.moved(.down))
        #expect(h.send(.downloads(.downloadKeyPressed)).runIDs.isEmpty)
        #expect(h.state.messages.entries.last?.text == "recording 7 is ready for transcode, not downloadable yet")
        h.send(h.moved(.up))
        h.send(.downloads(.downloadKeyPressed))
        #expect(h.send(.downloads(.downloadKeyPressed)).runIDs.isEmpty)
        #expect(h.state.messages.entries.last?.text == "nothing new to download (1 already queued)")
    }

    @Test func readOnlyModeStillDownloads() {
        var h = Self.harness(settings: DashboardSettings(readOnly: true, downloadDirectory: "/srv/rec/"))
        #expect(h.send(.downloads(.downloadKeyPressed)).runIDs == [.downloadLinks(0)])
        #expect(h.state.messages.entries.last?.text == "downloading recording 9001 into /srv/rec/")
    }

    @Test func missingLinksFailTheRecordingWithoutFiles() async {
        var h = Self.harness()
        h.api.recordingLinks = [[:]]
        _ = await Self.pressD(&h)
        #expect(h.state.downloads.recordings[0].links == .failed("no download link: not ready for download"))
        #expect(h.state.downloads.rows == [DownloadsRow(recordingId: "9001", kind: nil)])
    }
}
