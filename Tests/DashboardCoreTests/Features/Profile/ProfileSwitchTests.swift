import Clocks
import ConcurrencyExtras
@testable import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// `:profile NAME`: the old profile's data leaves the screen, its timers stop, the new one's
/// panes load, and a failed or refused switch leaves everything as it was; on a `TestStore`
/// with a test clock, every change and answer asserted.
@MainActor
@Suite struct ProfileSwitchTests {
    static let base = SessionFixtures.base
    nonisolated static let emea = DashboardSettings(profileName: "emea", host: "emea.example.com", sessionsInterval: 10,
                                        window: .week, themeName: "light", readOnly: true, partnerDomain: "desk.emea")
    static let oldSessions = [SessionFixtures.session(1, customer: "Old Customer"), SessionFixtures.session(2)]
    static let oldCompanies = CompanyPage(totalNumCompanies: 1, companies: [Company(companyId: "9", companyName: "Old Company")])
    static let emptyRecordings = RecordingsSnapshot(list: RecordingList(), downloads: [], splits: 0)

    /// A wide (120×40) dashboard whose first profile has rows in Sessions and Companies; the
    /// sessions' account starts Recordings. All three panes' timers run.
    static func loaded(startLatency: Duration? = nil, switchLatency: Duration? = nil,
                       switchProfile: @escaping @Sendable (String) async throws -> DashboardSettings) async -> DlgWorld {
        let world = DlgWorld(width: 120, height: 40, settings: DashboardSettings(profileName: "default", host: "api.getgo.com"),
                             startLatency: startLatency, companiesLatency: .milliseconds(100),
                             switchLatency: switchLatency, switchProfile: switchProfile)
        world.api.set(sessions: .success(oldSessions))
        await world.deliverSessions(oldSessions) {
            $0.recordings.owner = .accountKey("4503599627370")
            $0.recordings.refresh.begin(at: base)
        }
        await world.store.receive(.recordings(.response(.success(emptyRecordings)))) {
            $0.recordings.refresh.inFlight = false
            $0.recordings.refresh.lastSuccess = base
            $0.recordings.refresh.nextDue = base.addingTimeInterval(60)
        }
        await world.store.send(.companies(.response(offset: 0, .success(oldCompanies)))) {
            $0.companies.loaded = oldCompanies.companies
            $0.companies.total = 1
            $0.companies.table.setItems(oldCompanies.companies.map(CompanyRow.init), now: base)
            $0.companies.refresh.lastSuccess = base
            $0.companies.refresh.nextDue = base.addingTimeInterval(60)
        }
        return world
    }

    @Test func switchingDropsTheOldRowsAndLoadsTheNewProfile() async {
        let asked = LockIsolated<[String]>([])
        // Connecting takes a second and a POST two, so a write goes out while the switch connects.
        let world = await Self.loaded(startLatency: .seconds(2), switchLatency: .seconds(1)) { name in
            asked.withValue { $0.append(name) }
            return Self.emea
        }
        // The new profile's server has other sessions and companies.
        let newSessions = [SessionFixtures.session(5, customer: "EMEA Customer", account: "777")]
        let newCompanies = CompanyPage(totalNumCompanies: 1, companies: [Company(companyId: "5", companyName: "EMEA Company")])
        world.api.set(sessions: .success(newSessions))
        world.api.companyPages[0] = newCompanies
        await world.command("profile emea") { $0.messages.post(.info, "connecting to profile emea…", at: Self.base) }
        #expect(world.store.state.messages.entries.last?.text == "connecting to profile emea…")
        let request = StartSessionRequest(customerName: "Ann")
        await world.store.send(.dialog(.newSessionKeyPressed)) { $0.modals = [.form(.startSession())] }
        await world.typeInForm("Ann")
        await world.store.send(.dialog(.submitted)) { $0.modals.append(.confirm(ConfirmState(write: .startSession(request)))) }
        await world.store.send(.dialog(.confirmAnswered(accepted: true))) { $0.markConfirmSending() }
        await world.store.send(.app(.helpKeyPressed)) { $0.overlay = .help(scroll: 0) }
        // Until the new profile answers, the old one stays on screen.
        await world.clock.advance(by: .milliseconds(999))
        #expect(world.store.received.isEmpty)
        #expect(world.store.state.sessions.table.items.count == 2)

        await world.clock.advance(by: .milliseconds(1))
        let t1 = DlgWorld.at(1)
        var settings = Self.emea
        settings.themeName = "default-dark"
        await world.store.receive(.profile(.switched(name: "emea", .success(Self.emea)))) {
            $0.settings = settings
            $0.sessions = SessionsState()
            $0.companies = CompaniesState()
            $0.recordings = RecordingsState()
            $0.overlay = nil
            $0.modals = []
            $0.layOutPages()
            $0.messages.post(.info, "profile emea: emea.example.com (read-only)", at: t1)
            // The new profile's panes start at once; Recordings waits for an account key.
            $0.sessions.refresh.begin(at: t1)
            $0.companies.refresh.begin(at: t1)
            $0.recordings.refresh.nextDue = t1.addingTimeInterval(2)
        }
        #expect(asked.value == ["emea"])
        #expect(world.store.state.sessions.table.items.isEmpty, "the old profile's sessions are gone")
        #expect(world.store.state.companies.table.items.isEmpty, "and its companies")
        #expect(world.store.state.overlay == nil)
        #expect(world.store.state.settings.profileName == "emea")
        #expect(world.store.state.settings.host == "emea.example.com")
        #expect(world.store.state.settings.readOnly)
        #expect(world.store.state.settings.partnerDomain == "desk.emea")
        #expect(world.store.state.window == .week)
        #expect(world.store.state.settings.themeName == "default-dark", "the theme stays the technician's")
        #expect(world.store.state.messages.entries.last?.text == "profile emea: emea.example.com (read-only)")

        // The new profile's sessions (a week of them), then its recordings for the new account.
        await world.store.receive(.sessions(.response(.success(newSessions)))) {
            $0.sessionsLoaded(newSessions, at: t1, nextIn: 10)
            $0.recordings.owner = .accountKey("777")
            $0.recordings.refresh.begin(at: t1)
        }
        await world.store.receive(.recordings(.response(.success(Self.emptyRecordings)))) {
            $0.recordings.refresh.inFlight = false
            $0.recordings.refresh.lastSuccess = t1
            $0.recordings.refresh.nextDue = t1.addingTimeInterval(60)
        }
        let (from, to) = world.api.sessionCalls[0]
        #expect(to.timeIntervalSince(from) == 7 * 86_400 + 60)
        await world.clock.advance(by: .milliseconds(100))
        let answered = DlgWorld.at(1.1)
        await world.store.receive(.companies(.response(offset: 0, .success(newCompanies)))) {
            $0.companies.refresh.inFlight = false
            $0.companies.loaded = newCompanies.companies
            $0.companies.total = 1
            $0.companies.table.setItems(newCompanies.companies.map(CompanyRow.init), now: answered)
            $0.companies.refresh.lastSuccess = answered
            $0.companies.refresh.nextDue = answered.addingTimeInterval(60)
        }
        // The old profile's write and timers were cancelled: the write would have answered at
        // 2 s, the old Sessions timer fired at 5 s (the new one's, every 10 s, is due at 11 s).
        await world.clock.advance(by: .milliseconds(3_900))
        #expect(world.store.received.isEmpty, "no old answer and no old timer")
        #expect(world.workflows.startRequests.isEmpty, "the write was cancelled before the server got it")
        #expect(world.api.sessionCalls.count == 1)
        #expect(world.api.companyQueries.count == 1)
        await world.quit()
    }

    @Test func aFailedSwitchKeepsTheOldProfileAndSaysWhy() async {
        let world = await Self.loaded { _ in
            throw APIError.invalidToken(message: "session expired — run g2a-dash login --profile emea")
        }
        await world.command("profile emea") { $0.messages.post(.info, "connecting to profile emea…", at: Self.base) }
        let error = APIError.invalidToken(message: "session expired — run g2a-dash login --profile emea")
        let text = "profile emea: authentication failed: session expired — run g2a-dash login --profile emea; still on default"
        await world.store.receive(.profile(.switched(name: "emea", .failure(error)))) {
            $0.messages.post(.error, text, at: Self.base)
        }
        #expect(world.store.state.settings.profileName == "default")
        #expect(world.store.state.sessions.table.items.count == 2)
        #expect(world.store.state.messages.entries.last?.level == .error)
        #expect(world.store.state.messages.entries.last?.text == text)
        await world.quit()
    }

    @Test func aProfileNeedsOneNameAndNoSwitchHappensWhileAWriteIsSent() async {
        let asked = LockIsolated<[String]>([])
        // POST /sessions takes a second, so a write is out while `:profile` is typed.
        let world = await Self.loaded(startLatency: .seconds(1)) { name in
            asked.withValue { $0.append(name) }
            return Self.emea
        }
        await world.command("profile") {
            $0.messages.post(.error, ":profile needs one name, e.g. :profile emea (now: default)", at: Self.base)
        }
        #expect(world.store.state.messages.entries.last?.text == ":profile needs one name, e.g. :profile emea (now: default)")

        let request = StartSessionRequest(customerName: "Ann")
        await world.store.send(.dialog(.newSessionKeyPressed)) { $0.modals = [.form(.startSession())] }
        await world.typeInForm("Ann")
        await world.store.send(.dialog(.submitted)) { $0.modals.append(.confirm(ConfirmState(write: .startSession(request)))) }
        await world.store.send(.dialog(.confirmAnswered(accepted: true))) { $0.markConfirmSending() }
        await world.command("profile emea") {
            $0.messages.post(.warn, "a write is being sent; switch profiles once it has finished", at: Self.base)
        }
        #expect(world.store.state.messages.entries.last?.text == "a write is being sent; switch profiles once it has finished")

        // The write lands as usual; no switch was ever asked for.
        await world.clock.advance(by: .seconds(1))
        let now = DlgWorld.at(1)
        let response = StartSessionResponse(launchUrl: "https://app.example.com/launch/abc", sessionToken: "tok-1")
        await world.store.receive(.dialog(.writeResponse(.startSession(request), .success(.sessionStarted(response))))) {
            $0.modals = [.launchURL(LaunchURLState(title: "Session started", url: response.launchUrl, sessionToken: "tok-1"))]
            $0.sessions.watch = SessionWatch(request: request, sessionToken: "tok-1", startedAt: now)
            $0.messages.post(.info, "session started: it appears in Sessions once the expert starts it", at: now)
            $0.sessions.refresh.begin(at: now)
        }
        await world.store.receive(.sessions(.updateResponse(since: now.addingTimeInterval(-900), .success(Self.oldSessions)))) {
            $0.sessions.refresh.inFlight = false
            $0.sessions.refresh.lastSuccess = now
            $0.sessions.refresh.nextDue = now.addingTimeInterval(SessionWatch.interval)
        }
        #expect(asked.value.isEmpty)
        #expect(world.workflows.startRequests == [request])
        await world.quit()
    }
}
