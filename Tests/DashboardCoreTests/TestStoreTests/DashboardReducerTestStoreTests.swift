import Clocks
import DashboardCore
import Foundation
import Testing

/// The real `DashboardReducer` on a `TestStore` with a `DashboardClock` from a swift-clocks
/// `TestClock`: start-up, the first fetch, a clock tick and quit, every change asserted.
@MainActor
@Suite struct DashboardReducerTestStoreTests {
    @Test func appStartedFetchesSessionsThenTicksOnTheTestClock() async {
        let start = SessionFixtures.base
        let clock = Clocks.TestClock<Duration>()
        let api = FakeAPI()
        var environment = api.environment(clock: DashboardCoreTests.TestClock(now: start))
        environment.clock = .test(clock, start: start)
        let reducer = DashboardReducer(environment: environment)
        var state = DashboardState(settings: DashboardSettings(), now: start)
        state.width = 80
        state.height = 24
        let store = TestStore(initialState: state, reducer: { reducer.reduce(&$0, $1) })
        store.whileWaiting = { await clock.advance(by: .zero) }

        // Stacked 80×24: only Sessions is open, so only it fetches; the page sizes are the
        // layout's (17 rows, 16 under a footer).
        await store.send(.app(.appStarted)) {
            $0.sessions.table.pageSize = 17
            $0.companies.table.pageSize = 16
            $0.recordings.table.pageSize = 16
            $0.sessions.refresh.begin(at: start)
        }
        await store.receive(.sessions(.response(.success([])))) {
            $0.sessions.refresh.inFlight = false
            $0.sessions.refresh.lastSuccess = start
            $0.sessions.refresh.nextDue = start.addingTimeInterval(5)
            $0.sessions.lastFullFetch = start
            $0.sessions.loadedWindow = .day
        }
        await clock.advance(by: .seconds(1))
        await store.receive(.app(.clockTicked(start.addingTimeInterval(1)))) {
            $0.now = start.addingTimeInterval(1)
        }
        await store.send(.app(.quitPressed)) { $0.shouldQuit = true }
        await store.finish()
        #expect(api.sessionCalls.count == 1)
    }
}
