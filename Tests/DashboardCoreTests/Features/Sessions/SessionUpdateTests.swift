import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// Between full fetches, Sessions re-reads only what may have changed.
struct SessionUpdateTests {
    /// A full load with an old finished session, a live one from two hours ago and a new one.
    static func loaded() async -> ReducerHarness {
        var h = ReducerHarness(width: 80, height: 24)
        var old = SessionFixtures.session(1, .complete, customer: "Old", startedMinutesAgo: 600)
        old.endedAt = SessionFixtures.base.addingTimeInterval(-500 * 60)
        h.api.set(sessions: .success([
            old,
            SessionFixtures.session(2, .active, customer: "Long call", startedMinutesAgo: 120),
            SessionFixtures.session(3, .waiting, customer: "New", startedMinutesAgo: 1),
        ]))
        await h.sendAndRun(.app(.appStarted), .refresh(.sessions))
        return h
    }

    @Test func theNextRefreshAsksOnlyFromTheOldestLiveSession() async {
        var h = await Self.loaded()
        h.clock.advance(5)
        h.api.set(sessions: .success([
            SessionFixtures.session(2, .complete, customer: "Long call", startedMinutesAgo: 120),
            SessionFixtures.session(4, .waiting, customer: "Newer", startedMinutesAgo: 0),
        ]))
        let sent = await h.sendAndRun(.pane(.sessions, .refreshTimerFired), .refresh(.sessions))
        guard case .sessions(.updateResponse) = sent.first else {
            Issue.record("expected an update, got \(sent)")
            return
        }
        let (from, _) = h.api.sessionCalls[1]
        #expect(from == SessionFixtures.base.addingTimeInterval(-120 * 60))
        let rows = h.state.sessions.table.items
        #expect(Set(rows.map(\.customer)) == ["Old", "Long call", "Newer"], "the old session stays; 3 left the update")
        #expect(rows.first { $0.customer == "Long call" }?.status == .complete)
        #expect(h.state.sessions.counts == [.complete: 2, .waiting: 1])
    }

    @Test func withNothingLiveAnUpdateLooksFifteenMinutesBack() async {
        var h = ReducerHarness(width: 80, height: 24)
        h.api.set(sessions: .success([SessionFixtures.session(1, .complete, startedMinutesAgo: 600)]))
        await h.sendAndRun(.app(.appStarted), .refresh(.sessions))
        h.clock.advance(5)
        await h.sendAndRun(.pane(.sessions, .refreshTimerFired), .refresh(.sessions))
        let (from, _) = h.api.sessionCalls[1]
        #expect(h.clock.now.timeIntervalSince(from) == SessionsState.updateLookback)
    }

    @Test func theWholeWindowIsFetchedAgainEveryFiveMinutesAndOnR() async {
        var h = await Self.loaded()
        h.clock.advance(SessionsState.fullFetchSeconds)
        let timed = await h.sendAndRun(.pane(.sessions, .refreshTimerFired), .refresh(.sessions))
        guard case .sessions(.response) = timed.first else {
            Issue.record("expected a full fetch after five minutes")
            return
        }
        h.clock.advance(5)
        let pressed = await h.sendAndRun(h.pane(.refreshKeyPressed), .refresh(.sessions))
        guard case .sessions(.response) = pressed.first else {
            Issue.record("r fetches the whole window")
            return
        }
        #expect(h.api.sessionCalls.count == 3)
        #expect(h.api.sessionCalls.allSatisfy { $1.timeIntervalSince($0) == 86_400 + 60 })
    }

    @Test func aNewWindowIsFetchedWhole() async {
        var h = await Self.loaded()
        h.send(.commandLine(.opened))
        h.send(h.commandText("window 7d"))
        let sent = await h.sendAndRun(.commandLine(.submitted), .refresh(.sessions))
        guard case .sessions(.response) = sent.first else {
            Issue.record("a new window needs a full fetch")
            return
        }
        let (from, to) = h.api.sessionCalls[1]
        #expect(to.timeIntervalSince(from) == 7 * 86_400 + 60)
    }
}
