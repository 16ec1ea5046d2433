import Clocks
import DashboardCore
import Foundation
import Testing

/// The real `DashboardReducer` on a `TestStore` with a `DashboardClock` from a swift-clocks
/// `TestClock`: a first reducer test moved onto the store, kept small because the actions are
/// about to be renamed.
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

        // Stacked 80×24: only Sessions is open, so only it fetches; 24 rows leave 18 for a table.
        await store.send(.appStarted) {
            $0.sessions.table.pageSize = 18
            $0.companies.table.pageSize = 18
            $0.recordings.table.pageSize = 18
            $0.sessions.refresh.begin(at: start)
        }
        await store.receive(.sessionsResponse(.success([]))) {
            $0.sessions.refresh.inFlight = false
            $0.sessions.refresh.lastSuccess = start
            $0.sessions.refresh.nextDue = start.addingTimeInterval(5)
            $0.sessions.lastFullFetch = start
            $0.sessions.loadedWindow = .day
        }
        await clock.advance(by: .seconds(1))
        await store.receive(.clockTicked(start.addingTimeInterval(1))) {
            $0.now = start.addingTimeInterval(1)
        }
        await store.send(.quitPressed) { $0.shouldQuit = true }
        await store.finish()
        #expect(api.sessionCalls.count == 1)
    }
}
