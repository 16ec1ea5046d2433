@testable import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// Space marks recordings for `D`; marks follow ids across refreshes.
struct RecordingMarksTests {
    static func harness(_ ids: [String]) -> ReducerHarness {
        var h = ReducerHarness(width: 120, height: 40)
        h.state.focus = .recordings
        h.state.recordings.owner = .accountKey("777")
        h.state.recordings.table = TableState()
        h.send(.recordings(.response(.success(RecordingsSnapshot(list: RecordingList(readyForDownload: ids), downloads: [])))))
        return h
    }

    @Test func spaceMarksTheSelectedRowAndMovesOnAndUnmarksOnTheWayBack() {
        var h = Self.harness(["1", "2", "3"])
        h.send(.recordings(.markKeyPressed))
        h.send(.recordings(.markKeyPressed))
        #expect(h.state.recordings.marked == ["1", "2"])
        #expect(h.state.recordings.table.selectedKey == "3")
        h.send(h.moved(.up))
        h.send(.recordings(.markKeyPressed))
        #expect(h.state.recordings.marked == ["1"])
    }

    @Test func marksSurviveARefreshByIdAndGoWithRowsThatLeft() {
        var h = Self.harness(["1", "2", "3"])
        h.state.recordings.marked = ["2", "3"]
        h.send(.recordings(.response(.success(RecordingsSnapshot(
            list: RecordingList(readyForTranscode: ["2"], readyForDownload: ["4", "1"]), downloads: [])))))
        #expect(h.state.recordings.marked == ["2"])
    }

    @Test func spaceOutsideTheRecordingsPaneDoesNothing() {
        var h = Self.harness(["1"])
        h.state.focus = .sessions
        h.send(.recordings(.markKeyPressed))
        #expect(h.state.recordings.marked.isEmpty)
    }
}
