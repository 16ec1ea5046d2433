import Foundation
import GoToAssistAPI
import Testing
@testable import DashboardCore

/// Refresh timers on a clock that really advances: the next refresh fires at the interval and
/// not before, failures back off doubling (10, 20, 40 s) and mark the rows stale, and only
/// visible panes poll.
///
/// Polling starts with a resize rather than `appStarted`, so the once-a-second clock tick
/// (covered in `RefreshTests`) does not interleave with the timers under test.
@MainActor
@Suite struct RefreshTimerTests {
    /// Starts polling on the stacked 80×24 screen and receives the first full fetch of `list`.
    static func startPolling(_ nav: NavSetup, _ list: [Session]) async {
        nav.api.set(sessions: .success(list))
        await nav.store.send(.app(.terminalResized(width: 80, height: 24))) {
            NavFixtures.setPageSizes(&$0, width: 80, height: 24)
            $0.sessions.refresh.begin(at: nav.start)
        }
        await nav.store.receive(.sessions(.response(.success(list)))) {
            NavFixtures.sessionsLoaded(&$0, list, now: nav.start)
        }
    }

    /// What an update fetch at `now` asks for: 15 minutes back.
    static func since(_ nav: NavSetup, _ now: Double) -> Date { nav.at(now - SessionsState.updateLookback) }

    @Test func successShowsRowsAndArmsTheNextRefreshAtTheInterval() async {
        let nav = NavSetup(width: 80, height: 24)
        let store = nav.store
        await Self.startPolling(nav, [SessionFixtures.session(1), SessionFixtures.session(2, .waiting)])
        #expect(store.state.sessions.table.rows.map(\.sessionId) == ["1", "2"])
        #expect(store.state.sessions.refresh.lastSuccess == nav.start)
        #expect(store.state.sessions.refresh.label(now: nav.start) == "updated  0s ago")
        #expect(store.state.sessions.counts[.waiting] == 1)
        // The timer fires at the 5 s interval, not a millisecond before, and refreshes.
        let next = [SessionFixtures.session(1)]
        nav.api.set(sessions: .success(next))
        await nav.advance(exactly: 5)
        await store.receive(.pane(.sessions, .refreshTimerFired)) { $0.sessions.refresh.begin(at: nav.at(5)) }
        await store.receive(.sessions(.updateResponse(since: Self.since(nav, 5), .success(next)))) {
            $0.sessions.refresh.inFlight = false
            $0.sessions.counts = [.active: 1]
            $0.sessions.table.setItems(next.map(SessionRow.init), now: nav.at(5))
            $0.sessions.refresh.lastSuccess = nav.at(5)
            $0.sessions.refresh.nextDue = nav.at(10)
        }
        #expect(nav.api.sessionCalls.count == 2)
        await nav.quitAndFinish()
    }

    @Test func failuresKeepOldRowsMarkThemStaleAndBackOffExponentially() async {
        let nav = NavSetup(width: 80, height: 24)
        let store = nav.store
        await Self.startPolling(nav, [SessionFixtures.session(7, customer: "Old Row")])
        let error = APIError.serverError(status: 503, message: "unavailable")
        nav.api.set(sessions: .failure(error))
        // Each failed attempt waits twice as long as the one before: 10, 20, 40 s.
        var attempt = 0.0
        var wait = 5.0
        for (failures, delay) in [(1, 10.0), (2, 20.0), (3, 40.0)] {
            await nav.advance(exactly: wait)
            attempt += wait
            let now = attempt
            await store.receive(.pane(.sessions, .refreshTimerFired)) { $0.sessions.refresh.begin(at: nav.at(now)) }
            await store.receive(.sessions(.updateResponse(since: Self.since(nav, now), .failure(error)))) {
                $0.sessions.refresh.inFlight = false
                $0.sessions.refresh.failures = failures
                $0.sessions.refresh.lastError = "server error (503): unavailable"
                // One status-bar message for the first failure, not one per retry.
                if failures == 1 { $0.messages.post(.error, "Sessions: server error (503): unavailable", at: nav.at(now)) }
                $0.sessions.refresh.nextDue = nav.at(now + delay)
            }
            wait = delay
        }
        #expect(attempt == 35)
        #expect(nav.api.sessionCalls.count == 4)
        #expect(store.state.sessions.table.rows.map(\.customer) == ["Old Row"])
        #expect(store.state.sessions.refresh.isStale)
        #expect(store.state.sessions.refresh.label(now: nav.at(30)) == "stale · retry 3 · updated 30s ago")
        #expect(store.state.sessions.refresh.lastError == "server error (503): unavailable")
        #expect(store.state.messages.entries.filter { $0.level == .error }.count == 1)
        // The fourth attempt, 40 s after the third, succeeds: fresh rows, no badge.
        let fresh = [SessionFixtures.session(7, customer: "New Row")]
        nav.api.set(sessions: .success(fresh))
        await nav.advance(exactly: wait)
        await store.receive(.pane(.sessions, .refreshTimerFired)) { $0.sessions.refresh.begin(at: nav.at(75)) }
        await store.receive(.sessions(.updateResponse(since: Self.since(nav, 75), .success(fresh)))) {
            $0.sessions.refresh.inFlight = false
            $0.sessions.refresh.failures = 0
            $0.sessions.refresh.lastError = nil
            $0.sessions.table.setItems(fresh.map(SessionRow.init), now: nav.at(75))
            $0.sessions.refresh.lastSuccess = nav.at(75)
            $0.sessions.refresh.nextDue = nav.at(80)
        }
        #expect(!store.state.sessions.refresh.isStale)
        #expect(store.state.sessions.table.rows.map(\.customer) == ["New Row"])
        await nav.quitAndFinish()
    }

    @Test func hidingAPaneStopsItsTimerAndShowingItRefreshesStaleData() async {
        let nav = NavSetup(width: 80, height: 24)
        let store = nav.store
        let list = [SessionFixtures.session(1)]
        await Self.startPolling(nav, list)
        #expect(store.state.sessions.refresh.nextDue != nil)
        await store.send(.app(.paneKeyPressed(.companies))) {
            $0.focus = .companies
            $0.sessions.refresh.nextDue = nil
            $0.companies.refresh.begin(at: nav.start)
        }
        await store.receive(.companies(.response(offset: 0, .success(NavFixtures.noCompanies)))) {
            NavFixtures.companiesLoaded(&$0, NavFixtures.noCompanies, now: nav.start)
        }
        // The hidden pane's 5 s timer never fires (and Companies' 60 s one is not due yet).
        await nav.clock.advance(by: .seconds(59))
        await nav.expectNothingReceived()
        #expect(nav.api.sessionCalls.count == 1)
        // Back to sessions: the data is older than 5 s, so it refreshes at once.
        await store.send(.app(.paneKeyPressed(.sessions))) {
            $0.focus = .sessions
            $0.companies.refresh.nextDue = nil
            $0.sessions.refresh.begin(at: nav.at(59))
        }
        await store.receive(.sessions(.updateResponse(since: Self.since(nav, 59), .success(list)))) {
            $0.sessions.refresh.inFlight = false
            $0.sessions.refresh.lastSuccess = nav.at(59)
            $0.sessions.refresh.nextDue = nav.at(64)
        }
        #expect(nav.api.sessionCalls.count == 2)
        await nav.quitAndFinish()
    }
}
