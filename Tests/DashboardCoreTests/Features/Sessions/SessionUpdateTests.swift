import Clocks
@testable import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// Between full fetches, Sessions re-reads only what may have changed: the refresh timer, on
/// a test clock that advances, fires every five seconds with an update, every five minutes (and
/// on `r` or a new window) with the whole window.
///
/// The dashboard starts with a resize to 80×24 rather than `appStarted`: the same page sizes and
/// first fetch, without the once-a-second clock tick, whose ticks would tie with the refresh
/// timer at whole seconds and arrive in no fixed order.
@MainActor
@Suite struct SessionUpdateTests {
    static let base = SessionFixtures.base
    static var listed: [Session] {
        var old = SessionFixtures.session(1, .complete, customer: "Old", startedMinutesAgo: 600)
        old.endedAt = base.addingTimeInterval(-500 * 60)
        return [
            old,
            SessionFixtures.session(2, .active, customer: "Long call", startedMinutesAgo: 120),
            SessionFixtures.session(3, .waiting, customer: "New", startedMinutesAgo: 1),
        ]
    }

    /// Starts at 80×24 and lets the first (whole-window) fetch of `list` land.
    static func started(_ list: [Session]) async -> DlgWorld {
        let world = DlgWorld()
        world.api.set(sessions: .success(list))
        await world.store.send(.app(.terminalResized(width: 80, height: 24))) {
            $0.layOutPages()
            $0.sessions.refresh.begin(at: base)
        }
        await world.store.receive(.sessions(.response(.success(list)))) { $0.sessionsLoaded(list, at: base) }
        return world
    }

    /// A full load with an old finished session, a live one from two hours ago and a new one.
    static func loaded() async -> DlgWorld { await started(listed) }

    /// Advances to the refresh timer at `now` and receives it.
    static func timerFires(_ world: DlgWorld, after wait: Duration = .seconds(5), now: Date) async {
        await world.clock.advance(by: wait)
        await world.store.receive(.pane(.sessions, .refreshTimerFired)) { $0.sessions.refresh.begin(at: now) }
    }

    @Test func theNextRefreshAsksOnlyFromTheOldestLiveSession() async {
        let world = await Self.loaded()
        let update = [
            SessionFixtures.session(2, .complete, customer: "Long call", startedMinutesAgo: 120),
            SessionFixtures.session(4, .waiting, customer: "Newer", startedMinutesAgo: 0),
        ]
        world.api.set(sessions: .success(update))
        await world.clock.advance(by: .milliseconds(4_900))
        #expect(world.store.received.isEmpty, "the timer waits its five seconds")
        let t5 = DlgWorld.at(5)
        await Self.timerFires(world, after: .milliseconds(100), now: t5)
        let since = Self.base.addingTimeInterval(-120 * 60)
        await world.store.receive(.sessions(.updateResponse(since: since, .success(update)))) {
            $0.sessions.refresh.inFlight = false
            // The old session stays (it started before `since`); 3 left the update, so it goes.
            $0.sessions.counts = [.complete: 2, .waiting: 1]
            $0.sessions.table.setItems(DashboardState.rows(update + [Self.listed[0]]), now: t5)
            $0.sessions.refresh.lastSuccess = t5
            $0.sessions.refresh.nextDue = t5.addingTimeInterval(5)
        }
        let (from, _) = world.api.sessionCalls[1]
        #expect(from == since)
        let rows = world.store.state.sessions.table.items
        #expect(Set(rows.map(\.customer)) == ["Old", "Long call", "Newer"], "the old session stays; 3 left the update")
        #expect(rows.first { $0.customer == "Long call" }?.status == .complete)
        #expect(world.store.state.sessions.counts == [.complete: 2, .waiting: 1])
        await world.quit()
    }

    @Test func withNothingLiveAnUpdateLooksFifteenMinutesBack() async {
        let only = [SessionFixtures.session(1, .complete, startedMinutesAgo: 600)]
        let world = await Self.started(only)
        let t5 = DlgWorld.at(5)
        await Self.timerFires(world, now: t5)
        await world.store.receive(.sessions(.updateResponse(since: t5.addingTimeInterval(-900), .success(only)))) {
            $0.sessions.refresh.inFlight = false
            $0.sessions.refresh.lastSuccess = t5
            $0.sessions.refresh.nextDue = t5.addingTimeInterval(5)
        }
        let (from, _) = world.api.sessionCalls[1]
        #expect(t5.timeIntervalSince(from) == SessionsState.updateLookback)
        await world.quit()
    }

    @Test func theWholeWindowIsFetchedAgainEveryFiveMinutesAndOnR() async {
        let world = await Self.loaded()
        let since = Self.base.addingTimeInterval(-120 * 60)
        // Every five seconds an update; at five minutes the whole window.
        let polls = Int(SessionsState.fullFetchSeconds / 5)
        for poll in 1...polls {
            let now = DlgWorld.at(Double(poll) * 5)
            await Self.timerFires(world, now: now)
            if poll < polls {
                await world.store.receive(.sessions(.updateResponse(since: since, .success(Self.listed)))) {
                    $0.sessions.refresh.inFlight = false
                    $0.sessions.refresh.lastSuccess = now
                    $0.sessions.refresh.nextDue = now.addingTimeInterval(5)
                }
            } else {
                await world.store.receive(.sessions(.response(.success(Self.listed)))) {
                    $0.sessions.refresh.inFlight = false
                    $0.sessions.lastFullFetch = now
                    $0.sessions.refresh.lastSuccess = now
                    $0.sessions.refresh.nextDue = now.addingTimeInterval(5)
                }
            }
        }
        // Two seconds later, `r` fetches the whole window at once, and its timer starts over.
        await world.clock.advance(by: .seconds(2))
        let pressed = DlgWorld.at(SessionsState.fullFetchSeconds + 2)
        await world.store.send(.pane(.sessions, .refreshKeyPressed)) {
            $0.sessions.fullFetchRequested = true
            $0.sessions.refresh.begin(at: pressed)
        }
        await world.store.receive(.sessions(.response(.success(Self.listed)))) {
            $0.sessions.fullFetchRequested = false
            $0.sessions.refresh.inFlight = false
            $0.sessions.lastFullFetch = pressed
            $0.sessions.refresh.lastSuccess = pressed
            $0.sessions.refresh.nextDue = pressed.addingTimeInterval(5)
        }
        await world.clock.advance(by: .seconds(3))
        #expect(world.store.received.isEmpty, "the timer due before `r` was cancelled")

        let spans = world.api.sessionCalls.map { $1.timeIntervalSince($0) }
        // Checked as a condition first: indexing a list of the wrong length would end the run.
        guard spans.count == polls + 2 else {
            Issue.record("expected \(polls + 2) fetches, got \(spans.count)")
            return await world.quit()
        }
        let whole = 86_400.0 + 60
        #expect([0, polls, polls + 1].allSatisfy { spans[$0] == whole }, "start, five minutes, r: the whole window")
        #expect(spans[1..<polls].allSatisfy { $0 < whole }, "in between only updates")
        await world.quit()
    }

    @Test func aNewWindowIsFetchedWhole() async {
        let world = await Self.loaded()
        await world.command("window 7d") {
            $0.settings.window = .week
            $0.messages.post(.info, "sessions window 7d", at: Self.base)
            $0.sessions.refresh.begin(at: Self.base)
        }
        await world.store.receive(.sessions(.response(.success(Self.listed)))) {
            $0.sessions.refresh.inFlight = false
            $0.sessions.loadedWindow = .week
            $0.sessions.refresh.nextDue = Self.base.addingTimeInterval(5)
        }
        let (from, to) = world.api.sessionCalls[1]
        #expect(to.timeIntervalSince(from) == 7 * 86_400 + 60)
        await world.quit()
    }
}
