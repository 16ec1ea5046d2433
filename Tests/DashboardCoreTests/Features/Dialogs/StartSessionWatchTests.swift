import Clocks
@testable import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// After a start, Sessions polls every `SessionWatch.interval` seconds, on a test clock that
/// really advances, until the new session shows up (it is then selected and highlighted, and
/// polling returns to the configured interval) or a minute has passed.
@MainActor
@Suite struct StartSessionWatchTests {
    /// Advances to the next fast poll at `now` and receives the timer and the refresh it starts.
    static func poll(_ world: DlgWorld, after wait: Duration, now: Date) async {
        await world.clock.advance(by: wait)
        await world.store.receive(.pane(.sessions, .refreshTimerFired)) { $0.sessions.refresh.begin(at: now) }
    }

    @Test func theNewSessionIsSelectedAndHighlightedWhenItAppears() async {
        let world = await StartSessionTests.filledForm()
        await StartSessionTests.startConfirmed(world)
        #expect(PaneRefresh.interval(world.store.state, .sessions, world.environment) == SessionWatch.interval)
        var started = SessionFixtures.session(77, .waiting, customer: "Alice", startedMinutesAgo: 0)
        started.sessionStartToken = "tok-1"
        let listed = [SessionFixtures.session(1), started]
        world.api.set(sessions: .success(listed))

        // The next poll is two seconds after the start, not five.
        await world.clock.advance(by: .milliseconds(1_900))
        #expect(world.store.received.isEmpty)
        let t2 = DlgWorld.at(2)
        await Self.poll(world, after: .milliseconds(100), now: t2)
        await world.store.receive(.sessions(.updateResponse(since: t2.addingTimeInterval(-900), .success(listed)))) {
            $0.sessions.refresh.inFlight = false
            $0.sessions.refresh.lastSuccess = t2
            $0.sessions.counts = [.active: 1, .waiting: 1]
            $0.sessions.table.setItems(DashboardState.rows(listed), now: t2)
            $0.sessions.table.select(key: "id:77")
            $0.sessions.highlightedKey = "id:77"
            $0.sessions.watch = nil
            $0.messages.post(.info, "the new session is in the list: 77", at: t2)
            $0.sessions.refresh.nextDue = t2.addingTimeInterval(5)
        }
        #expect(world.store.state.sessions.highlightedKey == "id:77")
        #expect(world.store.state.sessions.table.selectedKey == "id:77")
        #expect(PaneRefresh.interval(world.store.state, .sessions, world.environment) == 5)

        // Found: back to the configured five seconds.
        await world.clock.advance(by: .milliseconds(4_900))
        #expect(world.store.received.isEmpty, "no fast poll once the session is found")
        let t7 = DlgWorld.at(7)
        await Self.poll(world, after: .milliseconds(100), now: t7)
        await world.store.receive(.sessions(.updateResponse(since: t7.addingTimeInterval(-900), .success(listed)))) {
            $0.sessions.refresh.inFlight = false
            $0.sessions.refresh.lastSuccess = t7
            $0.sessions.refresh.nextDue = t7.addingTimeInterval(5)
        }
        #expect(world.api.sessionCalls.count == 3)
        await world.quit()
    }

    @Test func theHighlightFollowsTheSessionFromNotStartedToStarted() async {
        let world = await StartSessionTests.filledForm()
        await StartSessionTests.startConfirmed(world)
        var pending = SessionFixtures.session(0, .notStarted, customer: "Alice")
        pending.sessionId = nil
        pending.sessionStartToken = "tok-9"
        pending.customerEmail = "alice@example.org"
        pending.partnerObject = "T-42"
        let first = [SessionFixtures.session(1), pending]
        world.api.set(sessions: .success(first))
        let t2 = DlgWorld.at(2)
        await Self.poll(world, after: .seconds(2), now: t2)
        await world.store.receive(.sessions(.updateResponse(since: t2.addingTimeInterval(-900), .success(first)))) {
            $0.sessions.refresh.inFlight = false
            $0.sessions.refresh.lastSuccess = t2
            $0.sessions.counts = [.active: 1, .notStarted: 1]
            $0.sessions.table.setItems(DashboardState.rows(first), now: t2)
            $0.sessions.table.select(key: "token:tok-9")
            $0.sessions.highlightedKey = "token:tok-9"
            $0.messages.post(.info, "the new session is in the list, waiting for the expert to start it", at: t2)
            // Still watching, and so still polling fast: it has no id yet.
            $0.sessions.refresh.nextDue = t2.addingTimeInterval(SessionWatch.interval)
        }
        #expect(world.store.state.sessions.highlightedKey == "token:tok-9")
        #expect(world.store.state.sessions.table.selectedKey == "token:tok-9")
        #expect(world.store.state.sessions.watch != nil, "still watching: it has no id yet")
        #expect(world.store.state.messages.entries.last?.text.contains("waiting for the expert") == true)

        var started = pending
        started.sessionId = "78"
        started.status = .waiting
        started.startedAt = t2
        let second = [SessionFixtures.session(1), started]
        world.api.set(sessions: .success(second))
        let t4 = DlgWorld.at(4)
        await Self.poll(world, after: .seconds(2), now: t4)
        await world.store.receive(.sessions(.updateResponse(since: t4.addingTimeInterval(-900), .success(second)))) {
            $0.sessions.refresh.inFlight = false
            $0.sessions.refresh.lastSuccess = t4
            $0.sessions.counts = [.active: 1, .waiting: 1]
            $0.sessions.table.setItems(DashboardState.rows(second), now: t4)
            $0.sessions.table.select(key: "id:78")
            $0.sessions.highlightedKey = "id:78"
            $0.sessions.watch = nil
            $0.messages.post(.info, "the new session is in the list: 78", at: t4)
            $0.sessions.refresh.nextDue = t4.addingTimeInterval(5)
        }
        #expect(world.store.state.sessions.highlightedKey == "id:78")
        #expect(world.store.state.sessions.table.selectedKey == "id:78", "the cursor moves with it")
        #expect(world.store.state.sessions.watch == nil)
        #expect(world.store.state.messages.entries.last?.text == "the new session is in the list: 78")
        await world.quit()
    }

    @Test func fastPollingStopsAfterAMinuteEvenIfTheSessionNeverShows() async {
        let world = await StartSessionTests.filledForm()
        await StartSessionTests.startConfirmed(world)
        let listed = [SessionFixtures.session(1)]
        world.api.set(sessions: .success(listed))
        // Every two seconds for a minute, the session never among the answers.
        for poll in 1...30 {
            let now = DlgWorld.at(Double(poll) * SessionWatch.interval)
            await Self.poll(world, after: .seconds(SessionWatch.interval), now: now)
            await world.store.receive(.sessions(.updateResponse(since: now.addingTimeInterval(-900), .success(listed)))) {
                $0.sessions.refresh.inFlight = false
                $0.sessions.refresh.lastSuccess = now
                if poll == 1 {
                    $0.sessions.counts = [.active: 1]
                    $0.sessions.table.setItems(DashboardState.rows(listed), now: now)
                }
                if poll < 30 {
                    $0.sessions.refresh.nextDue = now.addingTimeInterval(SessionWatch.interval)
                } else {
                    // The minute is up: the watch ends and polling slows down.
                    $0.sessions.watch = nil
                    $0.messages.post(.info, "the new session has not appeared yet; it shows up once the expert starts it", at: now)
                    $0.sessions.refresh.nextDue = now.addingTimeInterval(5)
                }
            }
        }
        #expect(world.store.state.sessions.watch == nil)
        #expect(world.store.state.messages.entries.last?.text.contains("has not appeared yet") == true)
        await world.clock.advance(by: .seconds(SessionWatch.interval))
        #expect(world.store.received.isEmpty, "no fast poll after the minute")
        #expect(world.api.sessionCalls.count == 31)
        await world.quit()
    }
}
