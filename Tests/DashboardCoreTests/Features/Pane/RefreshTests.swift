import Foundation
import GoToAssistAPI
import Testing
@testable import DashboardCore

/// Refresh: no overlap, backoff, stale badges, only visible panes poll.
struct RefreshTests {
    @Test func startingFetchesEveryVisiblePaneOnAWideScreen() {
        var h = ReducerHarness(width: 120, height: 40)
        let effect = h.send(.app(.appStarted))
        #expect(Set(effect.runIDs).isSuperset(of: [.refresh(.sessions), .refresh(.companies), .clockTick]))
        #expect(h.state.sessions.refresh.inFlight)
        #expect(h.state.companies.refresh.inFlight)
    }

    @Test func aStackedScreenPollsOnlyTheFocusedPane() {
        var h = ReducerHarness(width: 80, height: 24)
        let effect = h.send(.app(.appStarted))
        #expect(effect.runIDs.contains(.refresh(.sessions)))
        #expect(!effect.runIDs.contains(.refresh(.companies)))
        #expect(!effect.runIDs.contains(.refreshTimer(.companies)))
        #expect(!h.state.companies.refresh.inFlight)
    }

    @Test func successShowsRowsAndArmsTheNextRefreshAtTheInterval() async {
        var h = ReducerHarness(width: 80, height: 24)
        h.api.set(sessions: .success([SessionFixtures.session(1), SessionFixtures.session(2, .waiting)]))
        let sent = await h.sendAndRun(.app(.appStarted), .refresh(.sessions))
        #expect(sent.count == 1)
        #expect(h.state.sessions.table.rows.map(\.sessionId) == ["1", "2"])
        #expect(h.state.sessions.refresh.lastSuccess == h.clock.now)
        #expect(h.state.sessions.refresh.label(now: h.clock.now) == "updated  0s ago")
        #expect(h.state.sessions.counts[.waiting] == 1)
        let timer = h.send(.sessions(.response(.success([SessionFixtures.session(1)]))))
        #expect(timer.runIDs == [.refreshTimer(.sessions)])
        _ = await timer.actions(of: .refreshTimer(.sessions))
        #expect(h.clock.sleeps.last == 5)
    }

    @Test func aRefreshNeverOverlapsTheOneInFlight() {
        var h = ReducerHarness(width: 80, height: 24)
        h.send(.app(.appStarted))
        #expect(h.state.sessions.refresh.inFlight)
        let again = h.send(h.pane(.refreshKeyPressed))
        #expect(again.runIDs.isEmpty)
        let timer = h.send(.pane(.sessions, .refreshTimerFired))
        #expect(timer.runIDs.isEmpty)
        #expect(h.state.messages.entries.last?.text == "Sessions refresh already running")
    }

    @Test func failuresKeepOldRowsMarkThemStaleAndBackOffExponentially() async {
        var h = ReducerHarness(width: 80, height: 24)
        h.api.set(sessions: .success([SessionFixtures.session(7, customer: "Old Row")]))
        await h.sendAndRun(.app(.appStarted), .refresh(.sessions))
        h.clock.advance(30)
        var delays: [Double] = []
        for _ in 0..<3 {
            let effect = h.send(.sessions(.response(.failure(.serverError(status: 503, message: "unavailable")))))
            _ = await effect.actions(of: .refreshTimer(.sessions))
            delays.append(h.clock.sleeps.last ?? -1)
        }
        #expect(delays == [10, 20, 40])
        #expect(h.state.sessions.table.rows.map(\.customer) == ["Old Row"])
        #expect(h.state.sessions.refresh.isStale)
        #expect(h.state.sessions.refresh.label(now: h.clock.now) == "stale · retry 3 · updated 30s ago")
        #expect(h.state.sessions.refresh.lastError == "server error (503): unavailable")
        // One status-bar message for the first failure, not one per retry.
        #expect(h.state.messages.entries.filter { $0.level == .error }.count == 1)
        h.send(.sessions(.response(.success([SessionFixtures.session(7, customer: "New Row")]))))
        #expect(!h.state.sessions.refresh.isStale)
        #expect(h.state.sessions.table.rows.map(\.customer) == ["New Row"])
    }

    @Test func backoffIsCappedAtFiveMinutes() {
        var status = RefreshStatus()
        status.failures = 12
        #expect(status.delay(interval: 5) == 300)
    }

    @Test func theSessionsIntervalHasAFloorOfTwoSeconds() {
        #expect(DashboardSettings(sessionsInterval: 0.5).sessionsInterval == 2)
    }

    @Test func hidingAPaneStopsItsTimerAndShowingItRefreshesStaleData() async {
        var h = ReducerHarness(width: 80, height: 24)
        h.send(.app(.appStarted))
        h.send(.sessions(.response(.success([SessionFixtures.session(1)]))))
        #expect(h.state.sessions.refresh.nextDue != nil)
        let toCompanies = h.send(.app(.paneKeyPressed(.companies)))
        #expect(toCompanies.cancelledIDs.contains(.refreshTimer(.sessions)))
        #expect(h.state.sessions.refresh.nextDue == nil)
        #expect(toCompanies.runIDs.contains(.refresh(.companies)))
        // Back to sessions after a minute: the data is older than 5 s, so it refreshes at once.
        h.clock.advance(60)
        let back = h.send(.app(.paneKeyPressed(.sessions)))
        #expect(back.runIDs.contains(.refresh(.sessions)))
    }

    @Test func recordingsUseTheAccountOfTheSessions() async {
        var h = ReducerHarness(width: 120, height: 40)
        h.api.set(sessions: .success([SessionFixtures.session(1, account: "777")]))
        h.api.recordings = RecordingList(readyForTranscode: ["20"], readyForDownload: ["10", "11"])
        let start = h.send(.app(.appStarted))
        #expect(!start.runIDs.contains(.refresh(.recordings)))
        let sessions = await start.actions(of: .refresh(.sessions))
        let next = h.send(sessions[0])
        _ = await next.actions(of: .refresh(.recordings)).map { h.send($0) }
        #expect(h.api.recordingQueries.first?.owner == .accountKey("777"))
        #expect(h.state.recordings.table.rows.map(\.recordingId) == ["10", "11", "20"])
        #expect(h.state.recordings.table.rows.map(\.readiness) == [.download, .download, .transcode])
    }

    @Test func sessionsAreFetchedForTheConfiguredWindow() async {
        var h = ReducerHarness(width: 80, height: 24, settings: DashboardSettings(window: .week))
        await h.sendAndRun(.app(.appStarted), .refresh(.sessions))
        let (from, to) = h.api.sessionCalls[0]
        #expect(to.timeIntervalSince(from) == 7 * 86_400 + 60)
    }
}
