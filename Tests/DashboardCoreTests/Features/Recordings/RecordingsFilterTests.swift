@testable import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// The Recordings filter form: inline validation, the query it makes, the cap split message.
struct RecordingsFilterTests {
    /// A harness on the Recordings pane whose owner (from the sessions) is account 777.
    static func harness() -> ReducerHarness {
        var h = ReducerHarness(width: 120, height: 40)
        h.state.focus = .recordings
        h.state.recordings.owner = .accountKey("777")
        return h
    }

    static func form(_ h: ReducerHarness) -> FormState? {
        if case .form(let form) = h.state.modals.last { return form }
        return nil
    }

    /// Focuses the field `id` and types `text` into it.
    static func set(_ id: String, _ text: String, in h: inout ReducerHarness) {
        guard let form = form(h), let index = form.fields.firstIndex(where: { $0.id == id }) else {
            Issue.record("no field \(id)")
            return
        }
        while let focus = Self.form(h)?.focus, focus != index { h.send(.dialog(.focusMoved(forward: true))) }
        h.send(h.dialogText(text))
    }

    static func error(_ id: String, _ h: ReducerHarness) -> String? {
        form(h)?.fields.first { $0.id == id }?.error
    }

    static func utc(_ text: String) -> Date { FormField.date(text)! }

    @Test func fOpensTheFormFilledInWithTheFilterInForce() {
        var h = Self.harness()
        h.send(.recordings(.filterKeyPressed))
        let form = Self.form(h)
        #expect(form?.kind == .recordingsFilter)
        #expect(form?.fields.map(\.value) == ["account", "777", "both", "30", "", "", "no"])
    }

    @Test func fOnAnotherPaneSaysWhereItWorksAndTheCommandWorksAnywhere() {
        var h = ReducerHarness(width: 120, height: 40)
        h.send(.recordings(.filterKeyPressed))
        #expect(h.state.modals.isEmpty)
        #expect(h.state.messages.entries.last?.text == "f filters recordings: press 3 for the Recordings pane")
        h.send(.commandLine(.opened))
        h.send(h.commandText("recordings-filter"))
        h.send(.commandLine(.submitted))
        #expect(h.state.focus == .recordings)
        #expect(Self.form(h)?.kind == .recordingsFilter)
    }

    @Test func badValuesAreMarkedOnTheirFieldsAndNothingIsFetched() {
        var h = Self.harness()
        h.send(.recordings(.filterKeyPressed))
        Self.set("attendance", "sometimes", in: &h)
        Self.set("days", "0", in: &h)
        Self.set("from", "2026-02-30", in: &h)
        Self.set("archived", "maybe", in: &h)
        let effect = h.send(.dialog(.submitted))
        #expect(Self.error("attendance", h) == "one of: both, attended, unattended")
        #expect(Self.error("days", h) == "a whole number from 1 to 3650")
        #expect(Self.error("from", h) == "a date as YYYY-MM-DD")
        #expect(Self.error("archived", h) == "one of: no, yes")
        #expect(Self.form(h)?.focus == 2, "the first invalid field gets the focus")
        #expect(effect.runIDs.isEmpty)
        #expect(h.api.recordingQueries.isEmpty)
    }

    @Test func fieldsAreCheckedAgainstEachOther() {
        var h = Self.harness()
        h.send(.recordings(.filterKeyPressed))
        Self.set("ownerKind", "company", in: &h)
        Self.set("ownerValue", "", in: &h)
        Self.set("from", "2026-11-01", in: &h)
        h.send(.dialog(.submitted))
        #expect(Self.error("ownerValue", h) == "required for a company id")
        #expect(Self.error("days", h) == "leave empty to use From/To")

        Self.set("ownerValue", "C-1", in: &h)
        Self.set("days", "", in: &h)
        Self.set("from", "", in: &h)
        Self.set("to", "2026-11-28", in: &h)
        h.send(.dialog(.submitted))
        #expect(Self.error("from", h) == "required with To")

        Self.set("from", "2026-12-01", in: &h)
        h.send(.dialog(.submitted))
        #expect(Self.error("to", h) == "before From")
        #expect(Self.error("from", h) == nil)
    }

    @Test func applyingAFilterRefetchesWithItsQuery() async {
        var h = Self.harness()
        h.api.recordings = RecordingList(readyForDownload: ["5"])
        h.send(.recordings(.filterKeyPressed))
        Self.set("ownerKind", "u", in: &h)
        Self.set("ownerValue", "user-9", in: &h)
        Self.set("attendance", "unattended", in: &h)
        Self.set("days", "", in: &h)
        Self.set("from", "2026-11-01", in: &h)
        Self.set("to", "2026-11-28", in: &h)
        Self.set("archived", "yes", in: &h)
        let sent = await h.sendAndRun(.dialog(.submitted), .refresh(.recordings))
        #expect(h.state.modals.isEmpty)
        #expect(sent.count == 1)
        #expect(h.api.recordingQueries == [RecordingQuery(
            owner: .userKey("user-9"), unattended: true, from: Self.utc("2026-11-01"),
            to: Self.utc("2026-11-28").addingTimeInterval(86_399), archived: true)])
        #expect(h.state.recordings.filter.period == .range(from: Self.utc("2026-11-01"), to: Self.utc("2026-11-28").addingTimeInterval(86_399)))
        #expect(h.state.recordings.table.rows.map(\.recordingId) == ["5"])
        #expect(h.state.messages.entries.contains {
            $0.text == "recordings: user user-9 · 2026-11-01 – 2026-11-28 · unattended · archived"
        })
    }

    @Test func lastNDaysAndAnEmptyKeyFollowTheAccountOfTheSessions() async {
        var h = Self.harness()
        h.state.recordings.filter.owner = .userKey("someone")
        h.send(.recordings(.filterKeyPressed))
        Self.set("ownerKind", "account", in: &h)
        Self.set("ownerValue", "", in: &h)
        Self.set("attendance", "att", in: &h)
        Self.set("days", "7", in: &h)
        h.state.sessions.table.setItems([SessionRow(SessionFixtures.session(1, account: "888"))], now: h.clock.now)
        await h.sendAndRun(.dialog(.submitted), .refresh(.recordings))
        #expect(h.api.recordingQueries.last == RecordingQuery(owner: .accountKey("888"), unattended: false, timePeriodDays: 7))
        #expect(h.state.recordings.filter.owner == nil)
    }

    @Test func applyingSupersedesARefreshInFlightAndDropsTheOldRows() {
        var h = Self.harness()
        h.state.recordings.table.setItems([RecordingRow(id: "old", readiness: .download)], now: h.clock.now)
        h.state.recordings.refresh.inFlight = true
        h.send(.recordings(.filterKeyPressed))
        let effect = h.send(.dialog(.submitted))
        #expect(effect.runIDs.contains(.refresh(.recordings)))
        #expect(h.state.recordings.table.items.isEmpty)
        #expect(h.state.recordings.refresh.inFlight)
    }

    @Test func aSplitRangeIsAnnouncedOnceAndNotCalledCapped() async {
        var h = Self.harness()
        h.api.recordings = RecordingList(readyForDownload: (1...1200).map(String.init))
        h.api.recordingSplits = 3
        await h.sendAndRun(h.pane(.refreshKeyPressed), .refresh(.recordings))
        #expect(h.state.recordings.splits == 3)
        #expect(!h.state.recordings.capped)
        #expect(h.state.recordings.table.items.count == 1200)
        let notes = h.state.messages.entries.filter { $0.text == "500-recording cap: the range was split into 3 queries" }
        #expect(notes.count == 1)
        #expect(notes.first?.level == .info)
        await h.sendAndRun(h.pane(.refreshKeyPressed), .refresh(.recordings))
        #expect(h.state.messages.entries.filter { $0.text.contains("split into") }.count == 1, "said once, not every minute")
    }

    @Test func anUnsplitListAtTheCapIsStillFlaggedIncomplete() async {
        var h = Self.harness()
        h.api.recordings = RecordingList(readyForDownload: (1...500).map(String.init))
        await h.sendAndRun(h.pane(.refreshKeyPressed), .refresh(.recordings))
        #expect(h.state.recordings.capped)
        #expect(h.state.messages.entries.last?.level == .warn)
    }
}
