@testable import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// Starting a session: inline validation, a confirmation, one POST, and the result dialog.
struct StartSessionTests {
    /// Types `text` into the focused field, replacing what is there.
    static func type(_ text: String, into h: inout ReducerHarness) {
        h.send(h.dialogText(text))
    }

    static func form(_ h: ReducerHarness) -> FormState? {
        if case .form(let form) = h.state.modals.last { return form }
        return nil
    }

    /// Opens the form and fills name, email and ticket id.
    static func filledForm(email: String = "alice@example.org") -> ReducerHarness {
        var h = ReducerHarness()
        h.send(.dialog(.newSessionKeyPressed))
        type("Alice", into: &h)
        h.send(.dialog(.focusMoved(forward: true)))
        type(email, into: &h)
        h.send(.dialog(.focusMoved(forward: true)))
        type("T-42", into: &h)
        return h
    }

    @Test func invalidInputIsMarkedOnTheFieldAndNothingIsSent() {
        var h = Self.filledForm(email: "alice@")
        h.send(.dialog(.focusMoved(forward: true)))
        Self.type("ftp://tickets", into: &h)
        let effect = h.send(.dialog(.submitted))
        let form = Self.form(h)
        #expect(form?.fields.first { $0.id == "customerEmail" }?.error == "not an email address")
        #expect(form?.fields.first { $0.id == "partnerObjectUrl" }?.error == "must be an http:// or https:// URL")
        #expect(form?.focus == 1, "the first invalid field gets the focus")
        #expect(effect.runIDs.isEmpty)
        #expect(h.workflows.startRequests.isEmpty)
    }

    @Test func editingAFieldClearsItsError() {
        var h = Self.filledForm(email: "nope")
        h.send(.dialog(.submitted))
        Self.type("alice@example.org", into: &h)
        #expect(Self.form(h)?.fields[1].error == nil)
    }

    @Test func submittingAsksFirstAndDecliningKeepsTheInput() {
        var h = Self.filledForm()
        h.send(.dialog(.submitted))
        guard case .confirm(let confirm) = h.state.modals.last else {
            Issue.record("expected a confirmation, got \(String(describing: h.state.modals.last))")
            return
        }
        #expect(confirm.write.question == "Start a screen-sharing session with Alice for ticket T-42?")
        h.send(.dialog(.confirmAnswered(accepted: false)))
        #expect(Self.form(h)?.value("customerName") == "Alice")
        #expect(Self.form(h)?.value("partnerObject") == "T-42")
        #expect(h.workflows.startRequests.isEmpty)
    }

    @Test func confirmingSendsOncePutsTheLaunchURLUpAndWatchesForTheSession() async {
        var h = Self.filledForm()
        h.send(.dialog(.submitted))
        let sent = await h.sendAndRun(.dialog(.confirmAnswered(accepted: true)), .write)
        #expect(h.workflows.startRequests == [StartSessionRequest(
            customerName: "Alice", customerEmail: "alice@example.org", partnerObject: "T-42")])
        #expect(sent.count == 1)
        guard case .launchURL(let launch) = h.state.modals.last else {
            Issue.record("expected the launch URL dialog")
            return
        }
        #expect(launch.url == "https://app.example.com/launch/abc")
        #expect(launch.sessionToken == "tok-1")
        #expect(h.state.modals.count == 1, "the form closed after the start")
        #expect(h.state.sessions.watch?.sessionToken == "tok-1")
        #expect(h.state.sessions.refresh.inFlight, "Sessions refreshes at once to look for it")
    }

    @Test func keysWhileSendingDoNotSendAgain() {
        var h = Self.filledForm()
        h.send(.dialog(.submitted))
        let first = h.send(.dialog(.confirmAnswered(accepted: true)))
        #expect(first.runIDs == [.write])
        #expect(h.send(.dialog(.confirmAnswered(accepted: true))).runIDs.isEmpty)
        #expect(h.send(.dialog(.submitted)).runIDs.isEmpty)
        h.send(h.escape)
        guard case .confirm(let confirm) = h.state.modals.last else {
            Issue.record("Esc must not abandon a request in flight")
            return
        }
        #expect(confirm.isSending)
    }

    @Test func aRefusedStartKeepsTheFormAndShowsTheServersMessage() async {
        var h = Self.filledForm()
        h.workflows.startResult = .failure(.forbidden(message: "User has no seat"))
        h.api.set(sessions: .success([SessionFixtures.session(1)]))
        await h.sendAndRun(.app(.appStarted), .refresh(.sessions))
        let rowsBefore = h.state.sessions.table.rows
        h.send(.dialog(.submitted))
        await h.sendAndRun(.dialog(.confirmAnswered(accepted: true)), .write)
        let form = Self.form(h)
        #expect(form?.value("customerName") == "Alice")
        #expect(form?.error?.contains("User has no seat") == true)
        #expect(h.state.messages.entries.last?.text.contains("start session failed") == true)
        #expect(h.state.sessions.table.rows == rowsBefore)
        #expect(h.state.sessions.watch == nil)
    }

    @Test func readOnlyRefusesToOpenTheForm() {
        var h = ReducerHarness(settings: DashboardSettings(readOnly: true))
        h.send(.dialog(.newSessionKeyPressed))
        #expect(h.state.modals.isEmpty)
        #expect(h.state.messages.entries.last?.text == "read-only: starting sessions is disabled (--readonly)")
    }

    @Test func theNewSessionIsSelectedAndHighlightedWhenItAppears() async {
        var h = Self.filledForm()
        h.send(.dialog(.submitted))
        await h.sendAndRun(.dialog(.confirmAnswered(accepted: true)), .write)
        #expect(PaneRefresh.interval(h.state, .sessions, h.reducer.environment) == SessionWatch.interval)
        var started = SessionFixtures.session(77, .waiting, customer: "Alice", startedMinutesAgo: 0)
        started.sessionStartToken = "tok-1"
        h.send(.sessions(.response(.success([SessionFixtures.session(1), started]))))
        #expect(h.state.sessions.highlightedKey == "id:77")
        #expect(h.state.sessions.table.selectedKey == "id:77")
        #expect(h.state.sessions.watch == nil)
        #expect(PaneRefresh.interval(h.state, .sessions, h.reducer.environment) == 5)
    }

    @Test func theHighlightFollowsTheSessionFromNotStartedToStarted() async {
        var h = Self.filledForm()
        h.send(.dialog(.submitted))
        await h.sendAndRun(.dialog(.confirmAnswered(accepted: true)), .write)
        var pending = SessionFixtures.session(0, .notStarted, customer: "Alice")
        pending.sessionId = nil
        pending.sessionStartToken = "tok-9"
        pending.customerEmail = "alice@example.org"
        pending.partnerObject = "T-42"
        h.send(.sessions(.response(.success([SessionFixtures.session(1), pending]))))
        #expect(h.state.sessions.highlightedKey == "token:tok-9")
        #expect(h.state.sessions.table.selectedKey == "token:tok-9")
        #expect(h.state.sessions.watch != nil, "still watching: it has no id yet")
        #expect(h.state.messages.entries.last?.text.contains("waiting for the expert") == true)

        var started = pending
        started.sessionId = "78"
        started.status = .waiting
        started.startedAt = h.clock.now
        h.send(.sessions(.response(.success([SessionFixtures.session(1), started]))))
        #expect(h.state.sessions.highlightedKey == "id:78")
        #expect(h.state.sessions.table.selectedKey == "id:78", "the cursor moves with it")
        #expect(h.state.sessions.watch == nil)
        #expect(h.state.messages.entries.last?.text == "the new session is in the list: 78")
    }

    @Test func fastPollingStopsAfterAMinuteEvenIfTheSessionNeverShows() async {
        var h = Self.filledForm()
        h.send(.dialog(.submitted))
        await h.sendAndRun(.dialog(.confirmAnswered(accepted: true)), .write)
        h.clock.advance(61)
        h.send(.sessions(.response(.success([SessionFixtures.session(1)]))))
        #expect(h.state.sessions.watch == nil)
        #expect(h.state.messages.entries.last?.text.contains("has not appeared yet") == true)
    }

    @Test func copyAndOpenReportWhatHappened() async {
        var h = Self.filledForm()
        h.send(.dialog(.submitted))
        await h.sendAndRun(.dialog(.confirmAnswered(accepted: true)), .write)
        await h.sendAndRun(.dialog(.copyKeyPressed), .clipboard)
        #expect(h.workflows.copied == ["https://app.example.com/launch/abc"])
        guard case .launchURL(let launch) = h.state.modals.last else { return }
        #expect(launch.note == "copied")
    }
}
