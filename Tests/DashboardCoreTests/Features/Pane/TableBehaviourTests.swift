import Foundation
import GoToAssistAPI
import Testing
@testable import DashboardCore

/// Selection, filter and sort, as a technician moving through the list experiences them.
struct TableBehaviourTests {
    /// A harness with sessions loaded into an unsorted table, so tests reason from the server's order.
    static func loaded(_ sessions: [Session]) -> ReducerHarness {
        var h = ReducerHarness(width: 80, height: 24)
        h.state.sessions.table = TableState<SessionRow>()
        h.send(.app(.appStarted))
        h.send(.sessions(.response(.success(sessions))))
        return h
    }

    @Test func selectionStaysOnTheSameSessionWhenRowsShift() {
        var h = Self.loaded([SessionFixtures.session(1), SessionFixtures.session(2), SessionFixtures.session(3)])
        h.send(h.moved(.down))
        #expect(h.state.sessions.table.selectedRow?.sessionId == "2")
        h.clock.advance(10)
        h.send(.sessions(.response(.success([SessionFixtures.session(0), SessionFixtures.session(1),
                                           SessionFixtures.session(2), SessionFixtures.session(3)]))))
        #expect(h.state.sessions.table.selectedRow?.sessionId == "2")
        #expect(h.state.sessions.table.selectedIndex == 2)
    }

    @Test func whenTheSelectedSessionDisappearsTheNearestRowIsSelected() {
        var h = Self.loaded([SessionFixtures.session(1), SessionFixtures.session(2), SessionFixtures.session(3)])
        h.send(h.moved(.bottom))
        h.clock.advance(10)
        h.send(.sessions(.response(.success([SessionFixtures.session(1), SessionFixtures.session(2)]))))
        #expect(h.state.sessions.table.selectedRow?.sessionId == "1" || h.state.sessions.table.selectedRow?.sessionId == "2")
        #expect(h.state.sessions.table.selectedIndex != nil)
    }

    @Test func movementKeysClampAndPage() {
        let sessions = (1...50).map { SessionFixtures.session($0) }
        var h = Self.loaded(sessions)
        h.send(h.moved(.up))
        #expect(h.state.sessions.table.selectedIndex == 0)
        h.send(h.moved(.pageDown))
        #expect(h.state.sessions.table.selectedIndex == h.state.sessions.table.pageSize)
        h.send(h.moved(.bottom))
        #expect(h.state.sessions.table.selectedIndex == 49)
        #expect(h.state.sessions.table.scrollOffset == 50 - h.state.sessions.table.pageSize)
        h.send(h.moved(.top))
        #expect(h.state.sessions.table.scrollOffset == 0)
    }

    @Test func filterMatchesAnyTextColumnCaseInsensitivelyAndEscClearsIt() {
        var h = Self.loaded([SessionFixtures.session(1, customer: "José Müller"), SessionFixtures.session(2, customer: "山田太郎"),
                             SessionFixtures.session(3, customer: "Acme Support")])
        h.send(h.pane(.filterKeyPressed))
        #expect(h.state.isEditingFilter)
        h.send(h.filterText("MÜLL"))
        #expect(h.state.sessions.table.rows.map(\.sessionId) == ["1"])
        h.send(h.filterText("山田"))
        #expect(h.state.sessions.table.rows.map(\.sessionId) == ["2"])
        h.send(h.pane(.filterSubmitted))
        #expect(!h.state.isEditingFilter)
        #expect(h.state.sessions.table.rows.count == 1)
        h.send(h.escape)
        #expect(h.state.sessions.table.filter == "")
        #expect(h.state.sessions.table.rows.count == 3)
    }

    @Test func filterTextIsSanitized() {
        var h = Self.loaded([SessionFixtures.session(1)])
        h.send(h.pane(.filterKeyPressed))
        h.send(h.filterText("a\u{1b}[2J"))
        #expect(h.state.sessions.table.filter == "a\\e[2J")
    }

    @Test func sessionsAndRecordingsListNewestFirstByDefault() {
        var h = ReducerHarness(width: 80, height: 24)
        h.send(.app(.appStarted))
        h.send(.sessions(.response(.success([SessionFixtures.session(1, startedMinutesAgo: 90), SessionFixtures.session(2, startedMinutesAgo: 5),
                                           SessionFixtures.session(3, .notStarted)]))))
        // A session not yet started has no start time and counts as the newest.
        #expect(h.state.sessions.table.rows.map(\.sessionId) == ["3", "2", "1"])
        #expect(h.state.recordings.table.sortColumn == 2 && h.state.recordings.table.sortDescending)
    }

    @Test func sortCyclesColumnsAndReverses() {
        var h = Self.loaded([SessionFixtures.session(2, customer: "b"), SessionFixtures.session(10, customer: "a"),
                             SessionFixtures.session(1, customer: "c")])
        h.send(h.pane(.sortKeyPressed))  // STATUS
        h.send(h.pane(.sortKeyPressed))  // SESSION, numeric
        #expect(h.state.sessions.table.sortColumn == 1)
        #expect(h.state.sessions.table.rows.map(\.sessionId) == ["1", "2", "10"])
        h.send(h.pane(.sortReverseKeyPressed))
        #expect(h.state.sessions.table.rows.map(\.sessionId) == ["10", "2", "1"])
        h.send(h.pane(.sortKeyPressed))  // CUSTOMER
        #expect(h.state.sessions.table.rows.map(\.customer) == ["a", "b", "c"])
    }

    @Test func rowsDoNotReSortUnderTheCursorWhileTheUserIsMoving() {
        var h = Self.loaded([SessionFixtures.session(1, customer: "a"), SessionFixtures.session(2, customer: "b")])
        h.send(h.pane(.sortKeyPressed)); h.send(h.pane(.sortKeyPressed)); h.send(h.pane(.sortKeyPressed))  // by CUSTOMER
        h.send(h.moved(.down))
        // A refresh a moment later renames 2 to "0": sorted, it would jump to the top.
        h.clock.advance(0.5)
        h.send(.sessions(.response(.success([SessionFixtures.session(1, customer: "a"), SessionFixtures.session(2, customer: "0")]))))
        #expect(h.state.sessions.table.rows.map(\.sessionId) == ["1", "2"])
        #expect(h.state.sessions.table.selectedRow?.sessionId == "2")
        // Once the user has stopped for the hold time, the tick applies the sort.
        h.clock.advance(3)
        h.send(.app(.clockTicked(h.clock.now)))
        #expect(h.state.sessions.table.rows.map(\.sessionId) == ["2", "1"])
        #expect(h.state.sessions.table.selectedRow?.sessionId == "2")
    }
}
