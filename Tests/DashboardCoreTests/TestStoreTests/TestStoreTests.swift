import Clocks
import DashboardCore
import Testing

/// `TestStore` itself: it passes exhaustive tests and reports every unasserted consequence.
@MainActor
@Suite struct TestStoreTests {
    let clock = Clocks.TestClock<Duration>()
    let log = IssueLog()

    /// A store over the counter whose failures go to `log` instead of failing the test.
    func store(_ exhaustivity: TestStore<Counter, CounterAction>.Exhaustivity = .on) -> TestStore<Counter, CounterAction> {
        let store = TestStore(initialState: Counter(), reducer: counterReducer(clock: .test(clock)),
                              reportIssue: log.record)
        store.exhaustivity = exhaustivity
        store.whileWaiting = { [clock] in await clock.advance(by: .zero) }
        return store
    }

    @Test func exhaustiveTestPasses() async {
        let store = TestStore(initialState: Counter(), reducer: counterReducer(clock: .test(clock)))
        store.whileWaiting = { [clock] in await clock.advance(by: .zero) }
        await store.send(.increment) { $0.count = 1 }
        await store.send(.queryChanged("ann")) { $0.query = "ann" }
        await clock.advance(by: .milliseconds(300))
        await store.receive(.searched("ann")) { $0.searched = "ann" }
        await store.finish()
    }

    @Test func unassertedStateChangeIsReported() async {
        let store = store()
        await store.send(.increment)
        #expect(log.messages.count == 1)
        #expect(log.messages.first?.contains("no assert closure") == true)
        #expect(log.messages.first?.contains("count") == true)
        await store.finish()
        #expect(log.messages.count == 1)
    }

    @Test func wrongAssertionShowsADiff() async {
        let store = store()
        await store.send(.increment) { $0.count = 2 }
        #expect(log.messages.count == 1)
        #expect(log.messages.first?.contains("-   count: 2,") == true)
        #expect(log.messages.first?.contains("+   count: 1,") == true)
    }

    @Test func unreceivedActionIsReportedAtFinish() async {
        let store = store()
        await store.send(.queryChanged("a")) { $0.query = "a" }
        await clock.advance(by: .milliseconds(300))
        await store.finish()
        #expect(log.messages.count == 1)
        #expect(log.messages.first?.contains("never asserted") == true)
        #expect(log.messages.first?.contains("searched") == true)
    }

    @Test func sendingWithActionsUnreceivedIsReported() async {
        let store = store()
        await store.send(.queryChanged("a")) { $0.query = "a" }
        await clock.advance(by: .milliseconds(300))
        // The search is on its way to the main actor; let it land so `send` must see it.
        #expect(await store.wait(TestStoreTimeout.default, until: { !store.received.isEmpty }))
        await store.send(.increment) { $0.count = 1 }
        #expect(log.messages.count == 1)
        #expect(log.messages.first?.contains("Must handle 1 received action") == true)
    }

    @Test func receivingTheWrongActionShowsADiff() async {
        let store = store()
        await store.send(.queryChanged("a")) { $0.query = "a" }
        await clock.advance(by: .milliseconds(300))
        await store.receive(.searched("b")) { $0.searched = "b" }
        #expect(log.messages.count == 1)
        #expect(log.messages.first?.contains("unexpected action") == true)
        #expect(store.state.searched == "a")
    }

    @Test func debounceFiresOnlyAfterTheFullInterval() async {
        let store = store()
        await store.send(.queryChanged("a")) { $0.query = "a" }
        await clock.advance(by: .milliseconds(299))
        #expect(store.received.isEmpty)
        await clock.advance(by: .milliseconds(1))
        await store.receive(.searched("a")) { $0.searched = "a" }
        await store.finish()
        #expect(log.messages.isEmpty)
    }

    @Test func secondSendWithinTheIntervalCancelsTheFirst() async {
        let store = store()
        await store.send(.queryChanged("a")) { $0.query = "a" }
        await clock.advance(by: .milliseconds(200))
        await store.send(.queryChanged("ab")) { $0.query = "ab" }
        await clock.advance(by: .milliseconds(299))
        #expect(store.received.isEmpty)
        await clock.advance(by: .milliseconds(1))
        await store.receive(.searched("ab")) { $0.searched = "ab" }
        await store.finish()
        #expect(log.messages.isEmpty)
    }

    @Test func runningTimerIsReportedAtFinish() async {
        let store = store()
        await store.send(.timerStarted)
        await clock.advance(by: .seconds(1))
        await store.receive(.ticked) { $0.ticks = 1 }
        await clock.advance(by: .seconds(1))
        await store.receive(.ticked) { $0.ticks = 2 }
        await store.finish(timeout: .milliseconds(50))
        #expect(log.messages.count == 1)
        #expect(log.messages.first?.contains("still running") == true)
        #expect(log.messages.first?.contains("clockTick") == true)
    }

    @Test func cancelledTimerPassesFinish() async {
        let store = store()
        await store.send(.timerStarted)
        await clock.advance(by: .seconds(1))
        await store.receive(.ticked) { $0.ticks = 1 }
        await store.send(.timerStopped)
        await clock.advance(by: .seconds(5))
        await store.finish()
        #expect(log.messages.isEmpty)
    }

    @Test func skippedTimerPassesFinish() async {
        let store = store()
        await store.send(.timerStarted)
        await store.skipInFlightEffects()
        await clock.advance(by: .seconds(5))
        await store.finish()
        #expect(log.messages.isEmpty)
    }

    @Test func skippedActionsAreReducedNotAsserted() async {
        let store = store()
        await store.send(.timerStarted)
        await clock.advance(by: .seconds(3))
        // Skipping takes what has arrived; let the third tick land first.
        #expect(await store.wait(TestStoreTimeout.default, until: { store.received.count == 3 }))
        await store.skipReceivedActions()
        #expect(store.state.ticks == 3)
        await store.send(.timerStopped)
        await store.finish()
        #expect(log.messages.isEmpty)
    }

    @Test func nonExhaustiveChecksOnlyWhatIsAsserted() async {
        let store = store(.off)
        await store.send(.increment)
        await store.send(.queryChanged("a"))
        await store.send(.timerStarted)
        await clock.advance(by: .seconds(1))
        // The tick and the search both arrived; receiving the tick skips past the search.
        await store.receive(.ticked) { $0.ticks = 1 }
        #expect(store.state.searched == "a")
        await store.send(.increment) { $0.count = 3 }
        await store.finish(timeout: .milliseconds(50))
        #expect(log.messages == ["A state change does not match the expectation (- expected, + actual):\n"
            + "  Counter(\n-   count: 3,\n+   count: 2,\n    query: \"a\",\n    searched: \"a\",\n    ticks: 1\n  )"])
    }

    @Test func predicateReceiveAcceptsAnyPayload() async {
        let store = store()
        await store.send(.queryChanged("xyz")) { $0.query = "xyz" }
        await clock.advance(by: .milliseconds(300))
        await store.receive({ if case .searched = $0 { true } else { false } }) { $0.searched = "xyz" }
        await store.finish()
        #expect(log.messages.isEmpty)
    }
}
