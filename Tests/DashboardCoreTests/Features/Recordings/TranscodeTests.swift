@testable import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// `T`: transcode marked (or the selected) recordings after a confirmation; they read
/// "transcoding" until the list says they are ready; read-only refuses.
struct TranscodeTests {
    static func harness(readOnly: Bool = false) -> ReducerHarness {
        var h = ReducerHarness(width: 120, height: 40, settings: DashboardSettings(readOnly: readOnly))
        h.state.focus = .recordings
        h.state.recordings.owner = .accountKey("777")
        h.state.recordings.table = TableState()
        h.send(.recordings(.response(.success(RecordingsSnapshot(
            list: RecordingList(readyForTranscode: ["11", "12", "13"], readyForDownload: ["1"]), downloads: [])))))
        return h
    }

    @Test func markedRecordingsAreTranscodedOnceAfterYesAndShowAsTranscodingUntilReady() async {
        var h = Self.harness()
        h.state.recordings.marked = ["11", "13", "1"]
        #expect(h.send(.recordings(.transcodeKeyPressed)).runIDs.isEmpty, "nothing is sent before the confirmation")
        guard case .confirm(let confirm) = h.state.modals.last else { Issue.record("no confirmation"); return }
        #expect(confirm.write == .transcodeRecordings(["11", "13"]), "only ready-for-transcode ones")
        #expect(confirm.write.question.hasPrefix("Transcode 2 recordings (11, 13)?"))

        await h.sendAndRun(.dialog(.confirmAnswered(accepted: true)), .write)
        #expect(h.workflows.transcoded == [["11", "13"]])
        #expect(h.state.modals.isEmpty)
        #expect(h.state.recordings.transcoding == ["11", "13"])
        #expect(h.state.recordings.marked == ["1"], "the transcoded ones are unmarked")

        // Still listed for transcode: still transcoding. Then 11 is ready.
        h.send(.recordings(.response(.success(RecordingsSnapshot(
            list: RecordingList(readyForTranscode: ["11", "12", "13"], readyForDownload: ["1"]), downloads: [])))))
        #expect(h.state.recordings.transcoding == ["11", "13"])
        h.send(.recordings(.response(.success(RecordingsSnapshot(
            list: RecordingList(readyForTranscode: ["12", "13"], readyForDownload: ["1", "11"]), downloads: [])))))
        #expect(h.state.recordings.transcoding == ["13"])
    }

    @Test func withoutMarksTheSelectedRecordingIsTheOneAndOthersAreExplained() {
        var h = Self.harness()
        h.state.recordings.table.select(key: "12")
        h.send(.recordings(.transcodeKeyPressed))
        guard case .confirm(let confirm) = h.state.modals.last else { Issue.record("no confirmation"); return }
        #expect(confirm.write == .transcodeRecordings(["12"]))

        var ready = Self.harness()
        ready.state.recordings.table.select(key: "1")
        ready.send(.recordings(.transcodeKeyPressed))
        #expect(ready.state.modals.isEmpty)
        #expect(ready.state.messages.entries.last?.text.contains("ready for transcode") == true)
    }

    @Test func aRefusedTranscodeChangesNothingButSaysWhy() async {
        var h = Self.harness()
        h.workflows.transcodeError = .forbidden(message: "Invalid recording id 12")
        h.state.recordings.table.select(key: "12")
        h.send(.recordings(.transcodeKeyPressed))
        await h.sendAndRun(.dialog(.confirmAnswered(accepted: true)), .write)
        #expect(h.state.recordings.transcoding.isEmpty)
        #expect(h.state.messages.entries.last?.text == "transcode failed: forbidden (403): Invalid recording id 12")
    }

    @Test func readOnlyRefusesBeforeAnyConfirmation() {
        var h = Self.harness(readOnly: true)
        h.state.recordings.table.select(key: "12")
        h.send(.recordings(.transcodeKeyPressed))
        #expect(h.state.modals.isEmpty)
        #expect(h.state.messages.entries.last?.text == "read-only: transcoding recordings is disabled (--readonly)")
    }
}
