import Clocks
import Foundation
import GoToAssistAPI
import Testing
@testable import DashboardCore

/// Selection, filter and sort, as a technician moving through the list experiences them, on a
/// `TestStore`: each key's change to the table is stated, and so is every refresh.
@MainActor
@Suite struct TableBehaviourTests {
    /// The Sessions pane at 80×24 in the server's order (no default sort), refreshing hourly so
    /// its timer stays out of these tests while the clock moves.
    @MainActor
    final class World {
        static let interval: Double = 3_600
        let clock = Clocks.TestClock<Duration>()
        let store: TestStore<DashboardState, DashboardAction>
        private var elapsed: Double = 0

        init(serverOrder: Bool = true) {
            let api = FakeAPI()
            var environment = api.environment(clock: DashboardCoreTests.TestClock(now: SessionFixtures.base))
            environment.clock = .test(clock, start: SessionFixtures.base)
            var state = DashboardState(settings: DashboardSettings(sessionsInterval: Self.interval), now: SessionFixtures.base)
            state.width = 80
            state.height = 24
            if serverOrder { state.sessions.table = TableState<SessionRow>() }
            PaneRefresh.updatePageSizes(&state)
            let reducer = DashboardReducer(environment: environment)
            store = TestStore(initialState: state, reducer: { reducer.reduce(&$0, $1) })
            store.whileWaiting = { [clock] in await clock.advance(by: .zero) }
        }

        /// The dashboard clock's time now.
        var now: Date { SessionFixtures.base.addingTimeInterval(elapsed) }

        func advance(_ seconds: Double) async {
            elapsed += seconds
            await clock.advance(by: .milliseconds(Int64(seconds * 1000)))
        }

        /// A sessions answer arrives: the rows, the freshness and the next refresh timer.
        func load(_ list: [Session]) async {
            let now = self.now
            await store.send(.sessions(.response(.success(list)))) { $0.sessionsLoaded(list, at: now, nextIn: Self.interval) }
        }

        /// A key on the Sessions pane, and what it does to the table.
        func key(_ action: PaneAction, _ change: @escaping (inout TableState<SessionRow>) -> Void) async {
            await store.send(.pane(.sessions, action)) { change(&$0.sessions.table) }
        }

        var table: TableState<SessionRow> { store.state.sessions.table }

        func quit() async {
            await store.send(.app(.quitPressed)) { $0.shouldQuit = true }
            await store.finish()
        }
    }

    static func sessions(_ ids: ClosedRange<Int>) -> [Session] { ids.map { SessionFixtures.session($0) } }

    @Test func selectionStaysOnTheSameSessionWhenRowsShift() async {
        let world = World()
        await world.load(Self.sessions(1...3))
        let now = world.now
        await world.key(.moved(.down)) { $0.move(.down, now: now) }
        #expect(world.table.selectedRow?.sessionId == "2")
        await world.advance(10)
        await world.load([SessionFixtures.session(0)] + Self.sessions(1...3))
        #expect(world.table.selectedRow?.sessionId == "2")
        #expect(world.table.selectedIndex == 2)
        await world.quit()
    }

    @Test func whenTheSelectedSessionDisappearsTheNearestRowIsSelected() async {
        let world = World()
        await world.load(Self.sessions(1...3))
        let now = world.now
        await world.key(.moved(.bottom)) { $0.move(.bottom, now: now) }
        await world.advance(10)
        await world.load(Self.sessions(1...2))
        #expect(["1", "2"].contains(world.table.selectedRow?.sessionId ?? ""))
        #expect(world.table.selectedIndex != nil)
        await world.quit()
    }

    @Test func movementKeysClampAndPage() async {
        let world = World()
        await world.load(Self.sessions(1...50))
        let now = world.now
        // Already on the first row: up changes nothing but the time of the last move.
        await world.key(.moved(.up)) { $0.lastMove = now }
        #expect(world.table.selectedIndex == 0)
        await world.key(.moved(.pageDown)) { $0.move(.pageDown, now: now) }
        #expect(world.table.selectedIndex == world.table.pageSize)
        await world.key(.moved(.bottom)) { $0.move(.bottom, now: now) }
        #expect(world.table.selectedIndex == 49)
        #expect(world.table.scrollOffset == 50 - world.table.pageSize)
        await world.key(.moved(.top)) { $0.move(.top, now: now) }
        #expect(world.table.scrollOffset == 0)
        await world.quit()
    }

    @Test func filterMatchesAnyTextColumnCaseInsensitivelyAndEscClearsIt() async {
        let world = World()
        await world.load([SessionFixtures.session(1, customer: "José Müller"), SessionFixtures.session(2, customer: "山田太郎"),
                          SessionFixtures.session(3, customer: "Acme Support")])
        await world.key(.filterKeyPressed) { $0.isEditingFilter = true }
        await world.key(.filterEdited(.insert("MÜLL"))) { $0.editFilter(.insert("MÜLL")) }
        #expect(world.table.rows.map(\.sessionId) == ["1"])
        await world.key(.filterEdited(.clear)) { $0.editFilter(.clear) }
        await world.key(.filterEdited(.insert("山田"))) { $0.editFilter(.insert("山田")) }
        #expect(world.table.rows.map(\.sessionId) == ["2"])
        await world.key(.filterSubmitted) { $0.isEditingFilter = false }
        #expect(world.table.rows.count == 1)
        await world.store.send(.app(.escapePressed)) { $0.sessions.table.setFilter("") }
        #expect(world.table.filter == "")
        #expect(world.table.rows.count == 3)
        await world.quit()
    }

    @Test func filterTextIsSanitized() async {
        let world = World()
        await world.load([SessionFixtures.session(1)])
        await world.key(.filterKeyPressed) { $0.isEditingFilter = true }
        await world.key(.filterEdited(.insert("a\u{1b}[2J"))) { $0.editFilter(.insert("a\u{1b}[2J")) }
        #expect(world.table.filter == "a\\e[2J")
        await world.quit()
    }

    @Test func sessionsAndRecordingsListNewestFirstByDefault() async {
        let world = World(serverOrder: false)
        let list = [SessionFixtures.session(1, startedMinutesAgo: 90), SessionFixtures.session(2, startedMinutesAgo: 5),
                    SessionFixtures.session(3, .notStarted)]
        await world.load(list)
        // A session not yet started has no start time and counts as the newest.
        #expect(world.table.rows.map(\.sessionId) == ["3", "2", "1"])
        #expect(world.store.state.recordings.table.sortColumn == 2 && world.store.state.recordings.table.sortDescending)
        await world.quit()
    }

    @Test func sortCyclesColumnsAndReverses() async {
        let world = World()
        await world.load([SessionFixtures.session(2, customer: "b"), SessionFixtures.session(10, customer: "a"),
                          SessionFixtures.session(1, customer: "c")])
        let columns = SessionRow.columns.count
        await world.key(.sortKeyPressed) { $0.sortByNextColumn(columnCount: columns) }  // STATUS
        await world.key(.sortKeyPressed) { $0.sortByNextColumn(columnCount: columns) }  // SESSION, numeric
        #expect(world.table.sortColumn == 1)
        #expect(world.table.rows.map(\.sessionId) == ["1", "2", "10"])
        await world.key(.sortReverseKeyPressed) { $0.reverseSort(columnCount: columns) }
        #expect(world.table.rows.map(\.sessionId) == ["10", "2", "1"])
        await world.key(.sortKeyPressed) { $0.sortByNextColumn(columnCount: columns) }  // CUSTOMER
        #expect(world.table.rows.map(\.customer) == ["a", "b", "c"])
        await world.quit()
    }

    @Test func rowsDoNotReSortUnderTheCursorWhileTheUserIsMoving() async {
        let world = World()
        await world.load([SessionFixtures.session(1, customer: "a"), SessionFixtures.session(2, customer: "b")])
        let columns = SessionRow.columns.count
        for _ in 0..<3 { await world.key(.sortKeyPressed) { $0.sortByNextColumn(columnCount: columns) } }  // by CUSTOMER
        let moved = world.now
        await world.key(.moved(.down)) { $0.move(.down, now: moved) }
        // A refresh a moment later renames 2 to "0": sorted, it would jump to the top.
        await world.advance(0.5)
        await world.load([SessionFixtures.session(1, customer: "a"), SessionFixtures.session(2, customer: "0")])
        #expect(world.table.rows.map(\.sessionId) == ["1", "2"])
        #expect(world.table.selectedRow?.sessionId == "2")
        // Once the user has stopped for the hold time, the tick applies the sort.
        await world.advance(3)
        let tick = world.now
        await world.store.send(.app(.clockTicked(tick))) {
            $0.now = tick
            $0.sessions.table.settle(now: tick)
        }
        #expect(world.table.rows.map(\.sessionId) == ["2", "1"])
        #expect(world.table.selectedRow?.sessionId == "2")
        await world.quit()
    }
}
