import Clocks
@testable import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// Starting a session: inline validation, a confirmation, exactly one POST (keys while it is
/// out send nothing), and the result dialog; every state change and answer asserted on a
/// `TestStore`.
@MainActor
@Suite struct StartSessionTests {
    static let request = StartSessionRequest(customerName: "Alice", customerEmail: "alice@example.org", partnerObject: "T-42")
    static let response = StartSessionResponse(launchUrl: "https://app.example.com/launch/abc", sessionToken: "tok-1")

    /// Opens the form and fills name, email and ticket id.
    static func fill(_ world: DlgWorld, email: String = "alice@example.org") async {
        await world.store.send(.dialog(.newSessionKeyPressed)) { $0.modals = [.form(.startSession())] }
        await world.typeInForm("Alice")
        await world.store.send(.dialog(.focusMoved(forward: true))) { $0.editTopForm { $0.moveFocus(forward: true) } }
        await world.typeInForm(email)
        await world.store.send(.dialog(.focusMoved(forward: true))) { $0.editTopForm { $0.moveFocus(forward: true) } }
        await world.typeInForm("T-42")
    }

    /// A world with the form filled in.
    static func filledForm(email: String = "alice@example.org", startLatency: Duration? = nil) async -> DlgWorld {
        let world = DlgWorld(startLatency: startLatency)
        await fill(world, email: email)
        return world
    }

    /// Enter on the valid form: the confirmation for the start opens above it.
    static func submit(_ world: DlgWorld) async {
        await world.store.send(.dialog(.submitted)) { $0.modals.append(.confirm(ConfirmState(write: .startSession(request)))) }
    }

    /// Submits, confirms, and lets the start and the Sessions refresh it asks for land at `now`:
    /// the launch URL is up, Sessions watches for the session and polls every
    /// `SessionWatch.interval` seconds.
    static func startConfirmed(_ world: DlgWorld) async {
        let now = world.environment.clock.now()
        await submit(world)
        await world.store.send(.dialog(.confirmAnswered(accepted: true))) { $0.markConfirmSending() }
        await world.store.receive(.dialog(.writeResponse(.startSession(request), .success(.sessionStarted(response))))) {
            $0.modals = [.launchURL(LaunchURLState(title: "Session started", url: response.launchUrl, sessionToken: "tok-1"))]
            $0.sessions.watch = SessionWatch(request: request, sessionToken: "tok-1", startedAt: now)
            $0.messages.post(.info, "session started: it appears in Sessions once the expert starts it", at: now)
            $0.sessions.refresh.begin(at: now)
        }
        await world.store.receive(.sessions(.response(.success([])))) {
            $0.sessionsLoaded([], at: now, nextIn: SessionWatch.interval)
        }
    }

    @Test func invalidInputIsMarkedOnTheFieldAndNothingIsSent() async {
        let world = await Self.filledForm(email: "alice@")
        await world.store.send(.dialog(.focusMoved(forward: true))) { $0.editTopForm { $0.moveFocus(forward: true) } }
        await world.typeInForm("ftp://tickets")
        await world.store.send(.dialog(.submitted)) {
            $0.editTopForm {
                $0.fields[1].error = "not an email address"
                $0.fields[3].error = "must be an http:// or https:// URL"
                $0.focus = 1 // the first invalid field gets the focus
            }
        }
        #expect(world.store.state.topForm?.fields.first { $0.id == "customerEmail" }?.error == "not an email address")
        #expect(world.store.state.topForm?.fields.first { $0.id == "partnerObjectUrl" }?.error
            == "must be an http:// or https:// URL")
        // Nothing was sent: no effect ran and no answer arrives.
        await world.store.finish()
        #expect(world.workflows.startRequests.isEmpty)
    }

    @Test func editingAFieldClearsItsError() async {
        let world = await Self.filledForm(email: "nope")
        await world.store.send(.dialog(.submitted)) {
            $0.editTopForm {
                $0.fields[1].error = "not an email address"
                $0.focus = 1
            }
        }
        // The first key on the field clears its error.
        await world.store.send(.dialog(.textEdited(.clear))) {
            $0.editTopForm {
                $0.fields[1].line.apply(.clear)
                $0.fields[1].error = nil
            }
        }
        await world.typeInForm("alice@example.org")
        #expect(world.store.state.topForm?.fields[1].error == nil)
        #expect(world.store.state.topForm?.value("customerEmail") == "alice@example.org")
        await world.store.finish()
    }

    @Test func submittingAsksFirstAndDecliningKeepsTheInput() async {
        let world = await Self.filledForm()
        await Self.submit(world)
        guard case .confirm(let confirm) = world.store.state.modals.last else {
            Issue.record("expected a confirmation, got \(String(describing: world.store.state.modals.last))")
            return
        }
        #expect(confirm.write.question == "Start a screen-sharing session with Alice for ticket T-42?")
        await world.store.send(.dialog(.confirmAnswered(accepted: false))) { $0.modals.removeLast() }
        #expect(world.store.state.topForm?.value("customerName") == "Alice")
        #expect(world.store.state.topForm?.value("partnerObject") == "T-42")
        await world.store.finish()
        #expect(world.workflows.startRequests.isEmpty)
    }

    @Test func confirmingSendsOncePutsTheLaunchURLUpAndWatchesForTheSession() async {
        let world = await Self.filledForm()
        // The write answers, the form closes under the launch URL, and Sessions refreshes at
        // once to look for the session (all asserted in `startConfirmed`).
        await Self.startConfirmed(world)
        #expect(world.workflows.startRequests == [Self.request], "one POST")
        #expect(world.api.sessionCalls.count == 1)
        guard case .launchURL(let launch) = world.store.state.modals.last else {
            Issue.record("expected the launch URL dialog")
            return
        }
        #expect(launch.url == "https://app.example.com/launch/abc")
        #expect(launch.sessionToken == "tok-1")
        #expect(world.store.state.modals.count == 1, "the form closed after the start")
        #expect(world.store.state.sessions.watch?.sessionToken == "tok-1")
        await world.quit()
    }

    @Test func keysWhileSendingDoNotSendAgain() async {
        // The server takes a second to answer, so the keys below arrive while the POST is out.
        let world = await Self.filledForm(startLatency: .seconds(1))
        await Self.submit(world)
        await world.store.send(.dialog(.confirmAnswered(accepted: true))) { $0.markConfirmSending() }
        // None of these changes anything or starts a second write.
        await world.store.send(.dialog(.confirmAnswered(accepted: true)))
        await world.store.send(.dialog(.submitted))
        await world.store.send(.dialog(.escapePressed))
        guard case .confirm(let confirm) = world.store.state.modals.last else {
            Issue.record("Esc must not abandon a request in flight")
            return
        }
        #expect(confirm.isSending)
        await world.clock.advance(by: .milliseconds(999))
        #expect(world.store.received.isEmpty, "the answer takes its second")
        await world.clock.advance(by: .milliseconds(1))
        let now = DlgWorld.at(1)
        await world.store.receive(.dialog(.writeResponse(.startSession(Self.request), .success(.sessionStarted(Self.response))))) {
            $0.modals = [.launchURL(LaunchURLState(title: "Session started", url: Self.response.launchUrl, sessionToken: "tok-1"))]
            $0.sessions.watch = SessionWatch(request: Self.request, sessionToken: "tok-1", startedAt: now)
            $0.messages.post(.info, "session started: it appears in Sessions once the expert starts it", at: now)
            $0.sessions.refresh.begin(at: now)
        }
        await world.store.receive(.sessions(.response(.success([])))) {
            $0.sessionsLoaded([], at: now, nextIn: SessionWatch.interval)
        }
        #expect(world.workflows.startRequests == [Self.request], "sent exactly once")
        await world.quit()
    }

    @Test func aRefusedStartKeepsTheFormAndShowsTheServersMessage() async {
        let world = DlgWorld()
        world.workflows.startResult = .failure(.forbidden(message: "User has no seat"))
        let listed = [SessionFixtures.session(1)]
        world.api.set(sessions: .success(listed))
        await world.store.send(.app(.appStarted)) {
            $0.layOutPages()
            $0.sessions.refresh.begin(at: SessionFixtures.base)
        }
        await world.store.receive(.sessions(.response(.success(listed)))) { $0.sessionsLoaded(listed, at: SessionFixtures.base) }
        let rowsBefore = world.store.state.sessions.table.rows
        await Self.fill(world)
        await Self.submit(world)
        await world.store.send(.dialog(.confirmAnswered(accepted: true))) { $0.markConfirmSending() }
        let text = TextSanitizer.sanitize(APIError.forbidden(message: "User has no seat").description)
        await world.store.receive(.dialog(.writeResponse(.startSession(Self.request), .failure(.forbidden(message: "User has no seat"))))) {
            $0.modals.removeLast()
            $0.editTopForm { $0.error = text }
            $0.messages.post(.error, "start session failed: \(text)", at: SessionFixtures.base)
        }
        let form = world.store.state.topForm
        #expect(form?.value("customerName") == "Alice")
        #expect(form?.error?.contains("User has no seat") == true)
        #expect(world.store.state.messages.entries.last?.text.contains("start session failed") == true)
        #expect(world.store.state.sessions.table.rows == rowsBefore)
        #expect(world.store.state.sessions.watch == nil)
        await world.quit()
        #expect(world.workflows.startRequests.count == 1)
    }

    @Test func readOnlyRefusesToOpenTheForm() async {
        let world = DlgWorld(settings: DashboardSettings(readOnly: true))
        await world.store.send(.dialog(.newSessionKeyPressed)) {
            $0.messages.post(.warn, "read-only: starting sessions is disabled (--readonly)", at: SessionFixtures.base)
        }
        #expect(world.store.state.modals.isEmpty)
        await world.store.finish()
    }

    @Test func copyAndOpenReportWhatHappened() async {
        let world = await Self.filledForm()
        await Self.startConfirmed(world)
        await world.store.send(.dialog(.copyKeyPressed))
        await world.store.receive(.dialog(.noteReceived("copied"))) {
            guard case .launchURL(var launch) = $0.modals.last else { return }
            launch.note = "copied"
            $0.modals[$0.modals.count - 1] = .launchURL(launch)
        }
        #expect(world.workflows.copied == ["https://app.example.com/launch/abc"])
        await world.quit()
    }
}
