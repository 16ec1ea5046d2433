import Clocks
@testable import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// Space marks recordings for `D` and moves on; marks follow ids across refreshes; space does
/// nothing outside the Recordings pane. Every state change is asserted on a `TestStore`.
@MainActor
@Suite struct RecordingMarksTests {
    @Test func spaceMarksTheSelectedRowAndMovesOnAndUnmarksOnTheWayBack() async {
        let fixtures = RecFixtures.recordings(ready: ["1", "2", "3"])
        let now = fixtures.now()
        let store = fixtures.store()
        await store.send(.recordings(.markKeyPressed)) {
            $0.recordings.marked = ["1"]
            $0.recordings.table.move(.down, now: now)
        }
        await store.send(.recordings(.markKeyPressed)) {
            $0.recordings.marked = ["1", "2"]
            $0.recordings.table.move(.down, now: now)
        }
        #expect(store.state.recordings.table.selectedKey == "3")
        await store.send(.pane(.recordings, .moved(.up))) { $0.recordings.table.move(.up, now: now) }
        await store.send(.recordings(.markKeyPressed)) {
            $0.recordings.marked = ["1"]
            $0.recordings.table.move(.down, now: now)
        }
        await store.finish()
    }

    @Test func marksSurviveARefreshByIdAndGoWithRowsThatLeft() async {
        var fixtures = RecFixtures.recordings(ready: ["1", "2", "3"])
        fixtures.state.recordings.marked = ["2", "3"]
        let now = fixtures.now()
        let store = fixtures.store()
        // The clock has not moved since the setup's response, so the refresh status stays.
        await store.send(.recordings(.response(.success(RecordingsSnapshot(
            list: RecordingList(readyForTranscode: ["2"], readyForDownload: ["4", "1"]), downloads: []))))) {
            $0.recordings.table.setItems([
                RecordingRow(id: "4", readiness: .download), RecordingRow(id: "1", readiness: .download),
                RecordingRow(id: "2", readiness: .transcode),
            ], now: now)
            $0.recordings.marked = ["2"]
        }
        // The response re-arms the refresh timer; the test ends before it is due.
        await store.skipInFlightEffects()
        await store.finish()
    }

    @Test func spaceOutsideTheRecordingsPaneDoesNothing() async {
        var fixtures = RecFixtures.recordings(ready: ["1"])
        fixtures.state.focus = .sessions
        let store = fixtures.store()
        await store.send(.recordings(.markKeyPressed))
        #expect(store.state.recordings.marked.isEmpty)
        await store.finish()
    }
}
