import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

@testable import DashboardUI

@Suite struct RenderSessionsPaneTests {
    let theme = Theme.defaultDark

    @Test func screenAt80x24StacksPanesAndDropsTicketAndWaited() {
        let grid = RenderFixtures.render(RenderFixtures.loaded())
        let empty = "│" + String(repeating: " ", count: 78) + "│"
        #expect(grid.lines == [
            " g2a-dash · prod  ◐ 1 waiting  ● 1 active  ○ 1 not started · 24h          14:05 ",
            "┌ 1 Sessions (5) ──────────────────────────────────────────── updated  0s ago ─┐",
            "│ STATUS         SESSION   CUSTOMER          EXPERT      STARTED      DURATION │",
            "│ ◐ waiting      4711      Alice Example     Bob Tech    14:03:04           2m │",
            "│ ● active       4712      山田太郎          Bob Tech    13:05:09        1h00m │",
            "│ ○ not started  key tok9  محمد علي                                            │",
            "│ ✓ complete     4700      🎧 Headset Co     Carol       12:05:09       20m00s │",
            "│ ✗ abandoned    4690      Dave              Carol       11-27 13:05           │",
        ] + Array(repeating: empty, count: 12) + [
            "└──────────────────────────────────────────────────────────────────────────────┘",
            "─ 2 Companies (120) · updated 50s ago ──────────────────────────────────────────",
            "─ 3 Recordings (2) · updated 20s ago ───────────────────────────────────────────",
            " ? help  / filter  : command  q quit  tab pane  enter detail  r refresh  s sort ",
        ])
        expectSafeFrame(grid)
    }

    @Test func screenAt120x40ShowsAllThreePanes() {
        let grid = RenderFixtures.render(RenderFixtures.loaded(width: 120, height: 40))
        let left = "│" + String(repeating: " ", count: 73) + "│"
        let right = "│" + String(repeating: " ", count: 43) + "│"
        #expect(grid.lines == [
            " g2a-dash · prod · api.getgo.com  ◐ 1 waiting  ● 1 active  ○ 1 not started  ✓ 1 complete  ✗ 1 abandoned · 24h     14:05 ",
            "┌ 1 Sessions (5) ─────────────────────────────────────── updated  0s ago ─┐┌ 2 Companies (120) ────── updated 50s ago ─┐",
            "│ STATUS         SESSION   CUSTOMER       EXPERT    STARTED      DURATION ││ COMPANY ID  NAME ▲                        │",
            "│ ◐ waiting      4711      Alice Example  Bob Tech  14:03:04           2m ││ 1001        Acme Corp                     │",
            "│ ● active       4712      山田太郎       Bob Tech  13:05:09        1h00m ││ 1002        Globex                        │",
            "│ ○ not started  key tok9  محمد علي                                       ││                                           │",
            "│ ✓ complete     4700      🎧 Headset Co  Carol     12:05:09       20m00s ││                                           │",
            "│ ✗ abandoned    4690      Dave           Carol     11-27 13:05           ││                                           │",
        ] + Array(repeating: left + right, count: 10) + [
            left + "│ 120 companies · 2 loaded                  │",
            left + "└───────────────────────────────────────────┘",
            left + "┌ 3 Recordings (2) ─────── updated 20s ago ─┐",
            left + "│ RECORDING  STATE               STARTED    │",
            left + "│ 9001       ready for download  13:15:09   │",
            left + "│ 9002       ready for download             │",
        ] + Array(repeating: left + right, count: 13) + [
            left + "│ account 4503599627370496 · last 30 days   │",
            "└─────────────────────────────────────────────────────────────────────────┘└───────────────────────────────────────────┘",
            " ? help  / filter  : command  q quit  tab pane  enter detail  r refresh  s sort                                         ",
        ])
        expectSafeFrame(grid)
    }

    @Test func wideSessionsPaneShowsEveryColumn() {
        let grid = RenderFixtures.render(RenderFixtures.loaded(width: 160, height: 30))
        #expect(grid.lines[2].hasPrefix(
            "│ STATUS         SESSION   CUSTOMER           EXPERT       STARTED      WAITED  DURATION  TICKET   │"))
        #expect(grid.lines[4].contains("   30s     1h00m  INC-1001 │"))
    }

    @Test func selectedRowOfTheFocusedPaneUsesTheSelectionStyle() {
        let grid = RenderFixtures.render(RenderFixtures.loaded())
        let runs = grid.styleRuns(row: 3)
        // Border, then the whole inside of the box in the selection style, then border.
        #expect(runs.count == 3)
        #expect(runs[1].columns == 1..<79)
        #expect(runs[1].style == theme.style(.selection))
        #expect(grid.style(of: "● active", row: 4) == theme.style(.statusActive))
    }

    @Test func selectedRowOfAnUnfocusedPaneUsesTheUnfocusedSelectionStyle() {
        let grid = RenderFixtures.render(RenderFixtures.loaded(width: 120, height: 40))
        #expect(grid.style(of: "1001", row: 3) == theme.style(.selectionUnfocused))
        #expect(grid.style(of: "4711", row: 3) == theme.style(.selection))
    }

    @Test func focusedPaneBorderAndTitleUseTheFocusedRoles() {
        let grid = RenderFixtures.render(RenderFixtures.loaded(width: 120, height: 40))
        #expect(grid[x: 0, y: 1].style == theme.style(.borderFocused))
        #expect(grid[x: 75, y: 1].style == theme.style(.border))
        #expect(grid.style(of: "1 Sessions", row: 1) == theme.style(.titleFocused))
        #expect(grid.style(of: "2 Companies", row: 1) == theme.style(.title))
    }

    @Test func cursorSitsAtTheStartOfTheSelectedRow() {
        var state = RenderFixtures.loaded()
        state.sessions.table.move(.down, now: RenderFixtures.now)
        let grid = RenderFixtures.render(state)
        #expect(grid.cursor?.x == 2 && grid.cursor?.y == 4)
    }

    @Test func sortedColumnHeaderCarriesTheArrowInItsOwnRole() {
        var state = RenderFixtures.loaded()
        state.sessions.table.sortByNextColumn(columnCount: SessionRow.columns.count)
        var grid = RenderFixtures.render(state)
        #expect(grid.lines[2].hasPrefix("│ STATUS ▲       SESSION"))
        #expect(grid.style(of: "▲", row: 2) == theme.style(.tableSortIndicator))
        #expect(grid.style(of: "STATUS", row: 2) == theme.style(.tableHeader))
        state.sessions.table.reverseSort(columnCount: SessionRow.columns.count)
        grid = RenderFixtures.render(state)
        #expect(grid.lines[2].hasPrefix("│ STATUS ▼       SESSION"))
        #expect(grid.lines[3].contains("✗ abandoned"))
    }

    @Test func defaultSortShowsNewestFirstWithADownArrow() {
        var state = RenderFixtures.loaded()
        state.sessions.table = SessionsState().table
        RenderFixtures.load(RenderFixtures.sessions, into: &state)
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[2].contains("STARTED ▼"))
        #expect(grid.style(of: "▼", row: 2) == theme.style(.tableSortIndicator))
    }

    @Test func staleBadgeShowsAfterFailuresWhileTheOldRowsStay() {
        var state = RenderFixtures.loaded()
        state.sessions.refresh.failures = 2
        state.sessions.refresh.lastError = "HTTP 503"
        state.now = RenderFixtures.now + 180
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[1] == "┌ 1 Sessions (5) ─────────────── stale · retry 2 · HTTP 503 · updated  2m ago ─┐")
        #expect(grid.style(of: "stale", row: 1) == theme.style(.stale))
        #expect(grid.lines[3].contains("Alice Example"))
    }

    @Test func freshPaneShowsItsAgeFaint() {
        let grid = RenderFixtures.render(RenderFixtures.loaded())
        #expect(grid.style(of: "updated  0s ago", row: 1) == theme.style(.textFaint))
    }

    @Test func noDataWhileLoadingSaysLoading() {
        var state = RenderFixtures.state()
        state.sessions.refresh.inFlight = true
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[1].contains(" 1 Sessions (0) "))
        #expect(grid.lines[1].contains(" loading… ─┐"))
        #expect(grid.lines[3] == "│ loading…" + String(repeating: " ", count: 69) + "│")
    }

    @Test func noDataAfterAFailureShowsTheErrorAndRetryCount() {
        var state = RenderFixtures.state()
        state.sessions.refresh.failures = 3
        state.sessions.refresh.lastError = "HTTP 401: token expired"
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[3].hasPrefix("│ HTTP 401: token expired · retry 3   "))
        #expect(grid.style(of: "HTTP 401", row: 3) == theme.style(.messageError))
        #expect(grid.style(of: "stale", row: 1) == theme.style(.stale))
    }

    @Test func loadedButEmptySaysSoForTheWindow() {
        var state = RenderFixtures.state()
        state.settings.window = .week
        RenderFixtures.load([], into: &state)
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[3].hasPrefix("│ no sessions in the last 7d  "))
        #expect(grid.lines[0].contains("· 7d"))
    }

    @Test func filterWithNoMatchSaysWhatDidNotMatch() {
        var state = RenderFixtures.loaded()
        state.sessions.table.setFilter("xyz")
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[1].hasPrefix("┌ 1 Sessions (0/5) /xyz ──"))
        #expect(grid.lines[3].hasPrefix("│ no rows match /xyz  "))
    }

    @Test func filteredTitleShowsShownOfTotal() {
        var state = RenderFixtures.loaded()
        state.sessions.table.setFilter("Carol")
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[1].hasPrefix("┌ 1 Sessions (2/5) /Carol ──"))
        #expect(grid.lines[3].contains("✓ complete"))
        #expect(grid.lines[4].contains("✗ abandoned"))
        #expect(grid.lines[5] == "│" + String(repeating: " ", count: 78) + "│")
    }

    @Test func rowsStartAtTheScrollOffset() {
        var state = RenderFixtures.state()
        let many = (0..<100).map { Session(sessionId: "\(5000 + $0)", status: .active, customerName: "c\($0)") }
        RenderFixtures.load(many, into: &state)
        for _ in 0..<60 { state.sessions.table.move(.down, now: RenderFixtures.now) }
        let first = state.sessions.table.scrollOffset
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[3].contains("\(5000 + first)"))
        #expect(grid.lines[19].contains("5060"))
        #expect(grid.cursor?.y == 19)
    }

    @Test func selectionStaysInViewWhenThePageSizeLagsAResize() {
        var state = RenderFixtures.loaded(width: 120, height: 40)
        state.sessions.table.move(.bottom, now: RenderFixtures.now)
        let many = (0..<100).map { Session(sessionId: "\(5000 + $0)", status: .active, customerName: "c\($0)") }
        RenderFixtures.load(many, into: &state)
        state.sessions.table.move(.bottom, now: RenderFixtures.now)
        state.width = 80
        state.height = 24  // resized; pageSize still the 120×40 one
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[19].contains("5099"))
        #expect(grid.cursor?.y == 19)
    }

    @Test func longNamesEndInAnEllipsisWithoutSplittingWideCharacters() {
        var state = RenderFixtures.state()
        RenderFixtures.load(
            [Session(sessionId: "1", status: .active, expertName: "Bob", customerName: String(repeating: "山", count: 40))],
            into: &state)
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[3].contains("山山山山山…"))
        expectSafeFrame(grid)
    }

    @Test func hundredThousandRowsRenderOnlyTheVisiblePage() {
        var state = RenderFixtures.state(width: 120, height: 40)
        let now = RenderFixtures.now
        let list = (0..<100_000).map { index in
            Session(
                sessionId: "\(100_000 + index)", status: index.isMultiple(of: 3) ? .waiting : .active,
                startedAt: now - Double(index), expertName: "Expert \(index % 50)",
                customerName: "Customer \(index)")
        }
        RenderFixtures.load(list, into: &state)
        state.sessions.table.move(.bottom, now: now)
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[1].hasPrefix("┌ 1 Sessions (100000) ──"))
        #expect(grid.lines[0].contains("◐ 33334 waiting  ● 66666 active"))
        #expect(grid.lines[37].contains("199999   Customer 99999"))
        #expect(grid.lines[3].contains("199965"))
        #expect(grid.cursor?.y == 37)
        expectSafeFrame(grid)
    }
}
