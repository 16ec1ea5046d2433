import Clocks
@testable import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// `T`: transcode marked (or the selected) recordings after a confirmation, with one POST;
/// they read "transcoding" until the list says they are ready; read-only refuses. Every state
/// change and every action the write effect sends is asserted on a `TestStore`.
@MainActor
@Suite struct TranscodeTests {
    static func fixtures(readOnly: Bool = false) -> RecFixtures {
        RecFixtures.recordings(ready: ["1"], transcode: ["11", "12", "13"],
                               settings: DashboardSettings(readOnly: readOnly))
    }

    static func confirm(_ ids: [String], sending: Bool = false) -> Modal {
        var confirm = ConfirmState(write: .transcodeRecordings(ids))
        confirm.isSending = sending
        return .confirm(confirm)
    }

    @Test func markedRecordingsAreTranscodedOnceAfterYesAndShowAsTranscodingUntilReady() async {
        var fixtures = Self.fixtures()
        fixtures.state.recordings.marked = ["11", "13", "1"]
        let now = fixtures.now()
        let store = fixtures.store()
        // Only the ready-for-transcode ones are asked about; nothing is sent before the answer.
        await store.send(.recordings(.transcodeKeyPressed)) { $0.modals = [Self.confirm(["11", "13"])] }
        #expect(WriteRequest.transcodeRecordings(["11", "13"]).question.hasPrefix("Transcode 2 recordings (11, 13)?"))
        #expect(fixtures.workflows.transcoded.isEmpty, "nothing is sent before the confirmation")

        await store.send(.dialog(.confirmAnswered(accepted: true))) { $0.modals = [Self.confirm(["11", "13"], sending: true)] }
        await store.receive(.dialog(.writeResponse(.transcodeRecordings(["11", "13"]), .success(.transcodeRequested(["11", "13"]))))) {
            $0.modals = []
            $0.recordings.transcoding = ["11", "13"]
            $0.recordings.marked = ["1"]  // the transcoded ones are unmarked
            $0.messages.post(.info, "transcode requested for 2 recordings: shown as transcoding until the list says ready", at: now)
        }
        #expect(fixtures.workflows.transcoded == [["11", "13"]], "one POST")

        // Still listed for transcode: still transcoding (nothing changes). Then 11 is ready.
        await store.send(.recordings(.response(.success(RecordingsSnapshot(
            list: RecordingList(readyForTranscode: ["11", "12", "13"], readyForDownload: ["1"]), downloads: [])))))
        #expect(store.state.recordings.transcoding == ["11", "13"])
        await store.send(.recordings(.response(.success(RecordingsSnapshot(
            list: RecordingList(readyForTranscode: ["12", "13"], readyForDownload: ["1", "11"]), downloads: []))))) {
            $0.recordings.table.setItems([
                RecordingRow(id: "1", readiness: .download), RecordingRow(id: "11", readiness: .download),
                RecordingRow(id: "12", readiness: .transcode), RecordingRow(id: "13", readiness: .transcode),
            ], now: now)
            $0.recordings.transcoding = ["13"]
        }
        #expect(fixtures.workflows.transcoded.count == 1, "the POST is not repeated")
        // The responses re-arm the refresh timer; the test ends before it is due.
        await store.skipInFlightEffects()
        await store.finish()
    }

    @Test func withoutMarksTheSelectedRecordingIsTheOneAndOthersAreExplained() async {
        var fixtures = Self.fixtures()
        fixtures.state.recordings.table.select(key: "12")
        let store = fixtures.store()
        await store.send(.recordings(.transcodeKeyPressed)) { $0.modals = [Self.confirm(["12"])] }
        await store.finish()

        var ready = Self.fixtures()
        ready.state.recordings.table.select(key: "1")
        let now = ready.now()
        let readyStore = ready.store()
        await readyStore.send(.recordings(.transcodeKeyPressed)) {
            $0.messages.post(.info, "T transcodes recordings that are ready for transcode: select one, or mark several with space", at: now)
        }
        #expect(readyStore.state.modals.isEmpty)
        #expect(readyStore.state.messages.entries.last?.text.contains("ready for transcode") == true)
        await readyStore.finish()
        #expect(fixtures.workflows.transcoded.isEmpty && ready.workflows.transcoded.isEmpty)
    }

    @Test func aRefusedTranscodeChangesNothingButSaysWhy() async {
        var fixtures = Self.fixtures()
        fixtures.workflows.transcodeError = .forbidden(message: "Invalid recording id 12")
        fixtures.state.recordings.table.select(key: "12")
        let now = fixtures.now()
        let store = fixtures.store()
        await store.send(.recordings(.transcodeKeyPressed)) { $0.modals = [Self.confirm(["12"])] }
        await store.send(.dialog(.confirmAnswered(accepted: true))) { $0.modals = [Self.confirm(["12"], sending: true)] }
        await store.receive(.dialog(.writeResponse(.transcodeRecordings(["12"]), .failure(.forbidden(message: "Invalid recording id 12"))))) {
            $0.modals = []
            $0.messages.post(.error, "transcode failed: forbidden (403): Invalid recording id 12", at: now)
        }
        #expect(store.state.recordings.transcoding.isEmpty)
        await store.finish()
    }

    @Test func readOnlyRefusesBeforeAnyConfirmation() async {
        var fixtures = Self.fixtures(readOnly: true)
        fixtures.state.recordings.table.select(key: "12")
        let now = fixtures.now()
        let store = fixtures.store()
        await store.send(.recordings(.transcodeKeyPressed)) {
            $0.messages.post(.warn, "read-only: transcoding recordings is disabled (--readonly)", at: now)
        }
        #expect(store.state.modals.isEmpty)
        await store.finish()
        #expect(fixtures.workflows.transcoded.isEmpty)
    }
}
