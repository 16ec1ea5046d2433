import Foundation
import GoToAssistAPI
import Testing
@testable import DashboardCore

/// Refresh: which panes fetch on start, no overlap, recordings after sessions, the window.
/// Proves on a `TestStore` which fetches go out (the answers that arrive, the calls the fake
/// API counted) and what each answer shows; the timers are in `RefreshTimerTests`.
@MainActor
@Suite struct RefreshTests {
    @Test func startingFetchesEveryVisiblePaneOnAWideScreen() async {
        let nav = NavSetup(width: 120, height: 40)
        let store = nav.store
        await store.send(.app(.appStarted)) {
            NavFixtures.setPageSizes(&$0, width: 120, height: 40)
            $0.sessions.refresh.begin(at: nav.start)
            $0.companies.refresh.begin(at: nav.start)
            // Recordings wait for the account the sessions bring, and try again in 2 s.
            $0.recordings.refresh.nextDue = nav.at(2)
        }
        #expect(store.state.sessions.refresh.inFlight)
        #expect(store.state.companies.refresh.inFlight)
        await nav.receiveInAnyOrder([
            (.sessions(.response(.success([]))), { NavFixtures.sessionsLoaded(&$0, [], now: nav.start) }),
            (.companies(.response(offset: 0, .success(NavFixtures.noCompanies))), {
                NavFixtures.companiesLoaded(&$0, NavFixtures.noCompanies, now: nav.start)
            }),
        ])
        #expect(nav.api.sessionCalls.count == 1)
        #expect(nav.api.companyQueries.count == 1)
        // The clock ticks too.
        await nav.clock.advance(by: .seconds(1))
        await store.receive(.app(.clockTicked(nav.at(1)))) { $0.now = nav.at(1) }
        await nav.quitAndFinish()
    }

    @Test func aStackedScreenPollsOnlyTheFocusedPane() async {
        let nav = NavSetup(width: 80, height: 24)
        let store = nav.store
        // Only Sessions begins a refresh; Companies gets neither a fetch nor a timer.
        await store.send(.app(.appStarted)) {
            NavFixtures.setPageSizes(&$0, width: 80, height: 24)
            $0.sessions.refresh.begin(at: nav.start)
        }
        await store.receive(.sessions(.response(.success([])))) { NavFixtures.sessionsLoaded(&$0, [], now: nav.start) }
        #expect(!store.state.companies.refresh.inFlight)
        #expect(store.state.companies.refresh.nextDue == nil)
        #expect(nav.api.companyQueries.isEmpty)
        await nav.quitAndFinish()
    }

    @Test func aRefreshNeverOverlapsTheOneInFlight() async {
        // The server takes its time: the answer waits for the gate.
        let gate = NavGate()
        let nav = NavSetup.holdingSessions(gate)
        let store = nav.store
        await nav.startStacked()
        #expect(store.state.sessions.refresh.inFlight)
        await store.send(.pane(.sessions, .refreshKeyPressed)) {
            $0.messages.post(.info, "Sessions refresh already running", at: nav.start)
        }
        await store.send(.pane(.sessions, .refreshTimerFired))
        #expect(store.state.messages.entries.last?.text == "Sessions refresh already running")
        gate.open()
        await store.receive(.sessions(.response(.success([])))) { NavFixtures.sessionsLoaded(&$0, [], now: nav.start) }
        #expect(nav.api.sessionCalls.count == 1, "neither r nor the timer sent a second request")
        await nav.quitAndFinish()
    }

    @Test func backoffIsCappedAtFiveMinutes() {
        var status = RefreshStatus()
        status.failures = 12
        #expect(status.delay(interval: 5) == 300)
    }

    @Test func theSessionsIntervalHasAFloorOfTwoSeconds() {
        #expect(DashboardSettings(sessionsInterval: 0.5).sessionsInterval == 2)
    }

    @Test func recordingsUseTheAccountOfTheSessions() async {
        let nav = NavSetup(width: 120, height: 40)
        let store = nav.store
        let sessions = [SessionFixtures.session(1, account: "777")]
        nav.api.set(sessions: .success(sessions))
        nav.api.recordings = RecordingList(readyForTranscode: ["20"], readyForDownload: ["10", "11"])
        // No recordings fetch yet: the account comes with the sessions.
        await store.send(.app(.appStarted)) {
            NavFixtures.setPageSizes(&$0, width: 120, height: 40)
            $0.sessions.refresh.begin(at: nav.start)
            $0.companies.refresh.begin(at: nav.start)
            $0.recordings.refresh.nextDue = nav.at(2)
        }
        #expect(nav.api.recordingQueries.isEmpty)
        await nav.receiveInAnyOrder([
            (.sessions(.response(.success(sessions))), {
                NavFixtures.sessionsLoaded(&$0, sessions, now: nav.start)
                $0.recordings.owner = .accountKey("777")
                $0.recordings.refresh.begin(at: nav.start)
            }),
            (.companies(.response(offset: 0, .success(NavFixtures.noCompanies))), {
                NavFixtures.companiesLoaded(&$0, NavFixtures.noCompanies, now: nav.start)
            }),
        ])
        let snapshot = RecordingsSnapshot(list: nav.api.recordings, downloads: [])
        await store.receive(.recordings(.response(.success(snapshot)))) {
            $0.recordings.refresh.inFlight = false
            $0.recordings.table.setItems([
                RecordingRow(id: "10", readiness: .download), RecordingRow(id: "11", readiness: .download),
                RecordingRow(id: "20", readiness: .transcode),
            ], now: nav.start)
            $0.recordings.refresh.lastSuccess = nav.start
            $0.recordings.refresh.nextDue = nav.at(60)
        }
        #expect(nav.api.recordingQueries.first?.owner == .accountKey("777"))
        #expect(store.state.recordings.table.rows.map(\.recordingId) == ["10", "11", "20"])
        #expect(store.state.recordings.table.rows.map(\.readiness) == [.download, .download, .transcode])
        await nav.quitAndFinish()
    }

    @Test func sessionsAreFetchedForTheConfiguredWindow() async {
        let nav = NavSetup(width: 80, height: 24, settings: DashboardSettings(window: .week))
        let store = nav.store
        await store.send(.app(.appStarted)) {
            NavFixtures.setPageSizes(&$0, width: 80, height: 24)
            $0.sessions.refresh.begin(at: nav.start)
        }
        await store.receive(.sessions(.response(.success([])))) {
            NavFixtures.sessionsLoaded(&$0, [], now: nav.start, window: .week)
        }
        let (from, to) = nav.api.sessionCalls[0]
        #expect(to.timeIntervalSince(from) == 7 * 86_400 + 60)
        await nav.quitAndFinish()
    }
}
