import Clocks
@testable import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// The Recordings filter form: where it opens, inline validation, the query it makes, that it
/// supersedes a refresh in flight, and the cap split message. On a `TestStore`: every
/// keystroke's change, the fetch's response and the re-armed timer are asserted.
@MainActor
@Suite struct RecordingsFilterTests {
    /// The Recordings pane focused, whose owner (from the sessions) is account 777; not loaded.
    static func fixtures() -> RecFixtures {
        var fixtures = RecFixtures()
        fixtures.state.focus = .recordings
        fixtures.state.recordings.owner = .accountKey("777")
        return fixtures
    }

    static func error(_ id: String, _ store: TestStore<DashboardState, DashboardAction>) -> String? {
        RecFixtures.form(store.state)?.fields.first { $0.id == id }?.error
    }

    static func utc(_ text: String) -> Date { FormField.date(text)! }

    /// Enter on an invalid form: the fields are marked, the form stays, nothing is fetched.
    static func submitInvalid(_ store: TestStore<DashboardState, DashboardAction>) async {
        await store.send(.dialog(.submitted)) { RecFixtures.updateForm(&$0) { _ = $0.validatedRecordingsFilter() } }
    }

    /// The state a successful recordings response leaves at `now`, with the timer re-armed.
    static func loaded(_ state: inout DashboardState, _ rows: [RecordingRow], now: Date) {
        state.recordings.refresh.inFlight = false
        state.recordings.table.setItems(rows, now: now)
        state.recordings.refresh.lastSuccess = now
        state.recordings.refresh.nextDue = now.addingTimeInterval(state.settings.recordingsInterval)
    }

    @Test func fOpensTheFormFilledInWithTheFilterInForce() async {
        let store = Self.fixtures().store()
        await store.send(.recordings(.filterKeyPressed)) {
            $0.modals = [.form(.recordingsFilter(RecordingsFilter(), owner: .accountKey("777")))]
        }
        let form = RecFixtures.form(store.state)
        #expect(form?.kind == .recordingsFilter)
        #expect(form?.fields.map(\.value) == ["account", "777", "both", "30", "", "", "no"])
        await store.finish()
    }

    @Test func fOnAnotherPaneSaysWhereItWorksAndTheCommandWorksAnywhere() async {
        let fixtures = RecFixtures()
        let now = fixtures.now()
        let store = fixtures.store()
        await store.send(.recordings(.filterKeyPressed)) {
            $0.messages.post(.info, "f filters recordings: press 3 for the Recordings pane", at: now)
        }
        #expect(store.state.modals.isEmpty)
        await store.send(.commandLine(.opened)) { $0.commandLine.isActive = true }
        await store.send(.commandLine(.edited(.insert("recordings-filter")))) {
            _ = $0.commandLine.line.apply(.insert("recordings-filter"))
        }
        // Not exhaustive from here: focusing a pane of a dashboard that never loaded starts
        // every visible pane's first fetch (the app shell's behaviour, asserted in its own
        // tests); this test is about the command opening the form on the Recordings pane.
        store.exhaustivity = .off
        await store.send(.commandLine(.submitted)) {
            $0.focus = .recordings
            $0.commandLine = CommandLineState()
            $0.commandLine.history = ["recordings-filter"]
        }
        #expect(RecFixtures.form(store.state)?.kind == .recordingsFilter)
        await store.skipInFlightEffects()
        await store.finish()
    }

    @Test func badValuesAreMarkedOnTheirFieldsAndNothingIsFetched() async {
        let fixtures = Self.fixtures()
        let store = fixtures.store()
        await store.send(.recordings(.filterKeyPressed)) {
            $0.modals = [.form(.recordingsFilter(RecordingsFilter(), owner: .accountKey("777")))]
        }
        await RecFixtures.set("attendance", "sometimes", in: store)
        await RecFixtures.set("days", "0", in: store)
        await RecFixtures.set("from", "2026-02-30", in: store)
        await RecFixtures.set("archived", "maybe", in: store)
        await Self.submitInvalid(store)
        #expect(Self.error("attendance", store) == "one of: both, attended, unattended")
        #expect(Self.error("days", store) == "a whole number from 1 to 3650")
        #expect(Self.error("from", store) == "a date as YYYY-MM-DD")
        #expect(Self.error("archived", store) == "one of: no, yes")
        #expect(RecFixtures.form(store.state)?.focus == 2, "the first invalid field gets the focus")
        // No effect ran: finish fails on any action received or effect still running.
        await store.finish()
        #expect(fixtures.api.recordingQueries.isEmpty)
    }

    @Test func fieldsAreCheckedAgainstEachOther() async {
        let fixtures = Self.fixtures()
        let store = fixtures.store()
        await store.send(.recordings(.filterKeyPressed)) {
            $0.modals = [.form(.recordingsFilter(RecordingsFilter(), owner: .accountKey("777")))]
        }
        await RecFixtures.set("ownerKind", "company", in: store)
        await RecFixtures.set("ownerValue", "", in: store)
        await RecFixtures.set("from", "2026-11-01", in: store)
        await Self.submitInvalid(store)
        #expect(Self.error("ownerValue", store) == "required for a company id")
        #expect(Self.error("days", store) == "leave empty to use From/To")

        await RecFixtures.set("ownerValue", "C-1", in: store)
        await RecFixtures.set("days", "", in: store)
        await RecFixtures.set("from", "", in: store)
        await RecFixtures.set("to", "2026-11-28", in: store)
        await Self.submitInvalid(store)
        #expect(Self.error("from", store) == "required with To")

        await RecFixtures.set("from", "2026-12-01", in: store)
        await Self.submitInvalid(store)
        #expect(Self.error("to", store) == "before From")
        #expect(Self.error("from", store) == nil)
        await store.finish()
        #expect(fixtures.api.recordingQueries.isEmpty)
    }

    @Test func applyingAFilterRefetchesWithItsQuery() async {
        let fixtures = Self.fixtures()
        fixtures.api.recordings = RecordingList(readyForDownload: ["5"])
        let now = fixtures.now()
        let store = fixtures.store()
        await store.send(.recordings(.filterKeyPressed)) {
            $0.modals = [.form(.recordingsFilter(RecordingsFilter(), owner: .accountKey("777")))]
        }
        await RecFixtures.set("ownerKind", "u", in: store)
        await RecFixtures.set("ownerValue", "user-9", in: store)
        await RecFixtures.set("attendance", "unattended", in: store)
        await RecFixtures.set("days", "", in: store)
        await RecFixtures.set("from", "2026-11-01", in: store)
        await RecFixtures.set("to", "2026-11-28", in: store)
        await RecFixtures.set("archived", "yes", in: store)
        var form = RecFixtures.form(store.state)
        let filter = form?.validatedRecordingsFilter()
        await store.send(.dialog(.submitted)) {
            $0.modals = []
            $0.recordings.filter = filter ?? RecordingsFilter()
            $0.recordings.owner = .userKey("user-9")
            $0.recordings.refresh.begin(at: now)
            $0.messages.post(.info, "recordings: user user-9 · 2026-11-01 – 2026-11-28 · unattended · archived", at: now)
        }
        let to = Self.utc("2026-11-28").addingTimeInterval(86_399)
        #expect(store.state.recordings.filter.period == .range(from: Self.utc("2026-11-01"), to: to))
        // One fetch, one answer.
        await store.receive(.recordings(.response(.success(RecordingsSnapshot(
            list: RecordingList(readyForDownload: ["5"]), downloads: []))))) {
            Self.loaded(&$0, [RecordingRow(id: "5", readiness: .download)], now: now)
        }
        #expect(fixtures.api.recordingQueries == [RecordingQuery(
            owner: .userKey("user-9"), unattended: true, from: Self.utc("2026-11-01"), to: to, archived: true)])
        #expect(store.state.recordings.table.rows.map(\.recordingId) == ["5"])
        await store.skipInFlightEffects()  // the re-armed refresh timer
        await store.finish()
    }

    @Test func lastNDaysAndAnEmptyKeyFollowTheAccountOfTheSessions() async {
        var fixtures = Self.fixtures()
        fixtures.state.recordings.filter.owner = .userKey("someone")
        // The sessions seen are of account 888 (before the store: they do not change the form).
        fixtures.state.sessions.table.setItems([SessionRow(SessionFixtures.session(1, account: "888"))], now: fixtures.now())
        let now = fixtures.now()
        let store = fixtures.store()
        var opened = RecordingsFilter()
        opened.owner = .userKey("someone")
        await store.send(.recordings(.filterKeyPressed)) {
            $0.modals = [.form(.recordingsFilter(opened, owner: .accountKey("777")))]
        }
        await RecFixtures.set("ownerKind", "account", in: store)
        await RecFixtures.set("ownerValue", "", in: store)
        await RecFixtures.set("attendance", "att", in: store)
        await RecFixtures.set("days", "7", in: store)
        var form = RecFixtures.form(store.state)
        let filter = form?.validatedRecordingsFilter()
        await store.send(.dialog(.submitted)) {
            $0.modals = []
            $0.recordings.filter = filter ?? RecordingsFilter()
            $0.recordings.owner = .accountKey("888")
            $0.recordings.refresh.begin(at: now)
            $0.messages.post(.info, "recordings: account 888 · last 7 days · attended", at: now)
        }
        #expect(store.state.recordings.filter.owner == nil)
        await store.receive(.recordings(.response(.success(RecordingsSnapshot(list: RecordingList(), downloads: []))))) {
            Self.loaded(&$0, [], now: now)
        }
        #expect(fixtures.api.recordingQueries == [RecordingQuery(owner: .accountKey("888"), unattended: false, timePeriodDays: 7)])
        await store.skipInFlightEffects()  // the re-armed refresh timer
        await store.finish()
    }

    @Test func applyingSupersedesARefreshInFlightAndDropsTheOldRows() async {
        var fixtures = Self.fixtures()
        let now = fixtures.now()
        fixtures.state.recordings.table.setItems([RecordingRow(id: "old", readiness: .download)], now: now)
        fixtures.state.recordings.refresh.inFlight = true
        let store = fixtures.store()
        await store.send(.recordings(.filterKeyPressed)) {
            $0.modals = [.form(.recordingsFilter(RecordingsFilter(), owner: .accountKey("777")))]
        }
        await store.send(.dialog(.submitted)) {
            $0.modals = []
            $0.recordings.filter.owner = .accountKey("777")  // as the form was filled in
            $0.recordings.table.setItems([], now: now)
            $0.recordings.refresh = RefreshStatus()
            $0.recordings.refresh.begin(at: now)
            $0.messages.post(.info, "recordings: account 777 · last 30 days", at: now)
        }
        #expect(store.state.recordings.table.items.isEmpty)
        #expect(store.state.recordings.refresh.inFlight)
        // The new fetch runs (the one in flight is superseded) and answers.
        await store.receive(.recordings(.response(.success(RecordingsSnapshot(list: RecordingList(), downloads: []))))) {
            Self.loaded(&$0, [], now: now)
        }
        #expect(fixtures.api.recordingQueries.count == 1)
        await store.skipInFlightEffects()  // the re-armed refresh timer
        await store.finish()
    }
}
