import Clocks
@testable import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// The API's 500-recording cap on the Recordings pane: a range split into several queries is
/// announced once and not called capped; an unsplit list at the cap is flagged incomplete.
/// On a `TestStore`: each refresh's fetch, its answer and the re-armed timer are asserted.
@MainActor
@Suite struct RecordingsCapTests {
    @Test func aSplitRangeIsAnnouncedOnceAndNotCalledCapped() async {
        let fixtures = RecordingsFilterTests.fixtures()
        let ids = (1...1200).map(String.init)
        fixtures.api.recordings = RecordingList(readyForDownload: ids)
        fixtures.api.recordingSplits = 3
        let now = fixtures.now()
        let store = fixtures.store()
        let answer = DashboardAction.recordings(.response(.success(RecordingsSnapshot(
            list: RecordingList(readyForDownload: ids), downloads: [], splits: 3))))
        await store.send(.pane(.recordings, .refreshKeyPressed)) { $0.recordings.refresh.begin(at: now) }
        await store.receive(answer) {
            RecordingsFilterTests.loaded(&$0, ids.map { RecordingRow(id: $0, readiness: .download) }, now: now)
            $0.recordings.splits = 3
            $0.messages.post(.info, "500-recording cap: the range was split into 3 queries", at: now)
        }
        #expect(store.state.recordings.splits == 3)
        #expect(!store.state.recordings.capped)
        #expect(store.state.recordings.table.items.count == 1200)
        let notes = store.state.messages.entries.filter { $0.text == "500-recording cap: the range was split into 3 queries" }
        #expect(notes.count == 1)
        #expect(notes.first?.level == .info)

        // Refreshing again says nothing new: the timer is cancelled, the same list comes back.
        await store.send(.pane(.recordings, .refreshKeyPressed)) { $0.recordings.refresh.begin(at: now) }
        await store.receive(answer) {
            $0.recordings.refresh.inFlight = false
            $0.recordings.refresh.nextDue = now.addingTimeInterval($0.settings.recordingsInterval)
        }
        #expect(store.state.messages.entries.filter { $0.text.contains("split into") }.count == 1, "said once, not every minute")
        #expect(fixtures.api.recordingQueries.count == 2)
        await store.skipInFlightEffects()  // the re-armed refresh timer
        await store.finish()
    }

    @Test func anUnsplitListAtTheCapIsStillFlaggedIncomplete() async {
        let fixtures = RecordingsFilterTests.fixtures()
        let ids = (1...500).map(String.init)
        fixtures.api.recordings = RecordingList(readyForDownload: ids)
        let now = fixtures.now()
        let store = fixtures.store()
        await store.send(.pane(.recordings, .refreshKeyPressed)) { $0.recordings.refresh.begin(at: now) }
        await store.receive(.recordings(.response(.success(RecordingsSnapshot(
            list: RecordingList(readyForDownload: ids), downloads: []))))) {
            RecordingsFilterTests.loaded(&$0, ids.map { RecordingRow(id: $0, readiness: .download) }, now: now)
            $0.recordings.capped = true
            $0.messages.post(.warn, "a recordings list hit the API's 500-id cap; older recordings are not shown", at: now)
        }
        #expect(store.state.recordings.capped)
        #expect(store.state.messages.entries.last?.level == .warn)
        await store.skipInFlightEffects()  // the re-armed refresh timer
        await store.finish()
    }
}
