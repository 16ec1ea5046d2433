import DashboardCore
import GoToAssistAPI
import Testing

@testable import DashboardUI

@Suite struct RenderLayoutTests {
    @Test func wideLayoutPutsSessionsLeftAndCompaniesOverRecordingsRight() {
        let layout = ScreenLayout(width: 120, height: 40, focus: .companies)
        #expect(layout.mode == .wide)
        #expect(layout.header == Rect(x: 0, y: 0, width: 120, height: 1))
        #expect(layout.statusBar == Rect(x: 0, y: 39, width: 120, height: 1))
        #expect(layout.frame(for: .sessions) == .open(Rect(x: 0, y: 1, width: 75, height: 38)))
        #expect(layout.frame(for: .companies) == .open(Rect(x: 75, y: 1, width: 45, height: 19)))
        #expect(layout.frame(for: .recordings) == .open(Rect(x: 75, y: 20, width: 45, height: 19)))
    }

    @Test func stackedLayoutGivesTheFocusedPaneEveryRowLeftByTheBars() {
        let layout = ScreenLayout(width: 80, height: 24, focus: .companies)
        #expect(layout.mode == .stacked)
        #expect(layout.frame(for: .sessions) == .bar(Rect(x: 0, y: 1, width: 80, height: 1)))
        #expect(layout.frame(for: .companies) == .open(Rect(x: 0, y: 2, width: 80, height: 20)))
        #expect(layout.frame(for: .recordings) == .bar(Rect(x: 0, y: 22, width: 80, height: 1)))
    }

    @Test func tooSmallLayoutHidesEveryPane() {
        let layout = ScreenLayout(width: 59, height: 24, focus: .sessions)
        #expect(layout.mode == .tooSmall(needWidth: 60, needHeight: 15))
        #expect(PaneID.allCases.allSatisfy { layout.frame(for: $0) == .hidden })
    }

    @Test func overlayCoversAboutEightyPercentOfTheBodyCentred() {
        let layout = ScreenLayout(width: 80, height: 24, focus: .sessions)
        #expect(layout.overlay == Rect(x: 8, y: 3, width: 64, height: 17))
    }

    @Test func tableHeightCountsDataRowsInsideTheBox() {
        let state = RenderFixtures.state(width: 80, height: 24)
        // 20-row box − 2 borders − column header; Companies and Recordings also have a footer.
        #expect(ScreenLayout.tableHeight(for: .sessions, state: state) == 17)
        #expect(ScreenLayout.tableHeight(for: .companies, state: state) == 16)
        let wide = RenderFixtures.state(width: 120, height: 40)
        #expect(ScreenLayout.tableHeight(for: .sessions, state: wide) == 35)
        #expect(ScreenLayout.tableHeight(for: .recordings, state: wide) == 15)
    }

    @Test func tableHeightOfACollapsedPaneIsWhatItShowsOnceFocused() {
        let state = RenderFixtures.state(width: 80, height: 24, focus: .sessions)
        #expect(ScreenLayout.tableHeight(for: .recordings, state: state) == 16)
    }

    @Test func tableHeightIsZeroWhenTheScreenIsTooSmall() {
        let state = RenderFixtures.state(width: 50, height: 10)
        #expect(PaneID.allCases.allSatisfy { ScreenLayout.tableHeight(for: $0, state: state) == 0 })
    }

    @Test func tableHeightMatchesTheRowsDrawn() {
        var state = RenderFixtures.state(width: 80, height: 24)
        let many = (0..<100).map { Session(sessionId: "\(5000 + $0)", status: .active, customerName: "c\($0)") }
        RenderFixtures.load(many, into: &state)
        let grid = RenderFixtures.render(state)
        let drawn = grid.lines.filter { $0.contains("● active") }.count
        #expect(drawn == ScreenLayout.tableHeight(for: .sessions, state: state))
    }

    @Test func tooSmallScreenSaysSoCentred() {
        let grid = RenderFixtures.render(RenderFixtures.loaded(width: 50, height: 10))
        let blank = String(repeating: " ", count: 50)
        #expect(grid.lines == [
            blank, blank, blank, blank,
            "   terminal too small (need 60×15, have 50×10)    ",
            "                     q quits                      ",
            blank, blank, blank, blank,
        ])
        expectSafeFrame(grid)
    }

    @Test func tooSmallMessageWrapsOnANarrowScreen() {
        let grid = RenderFixtures.render(RenderFixtures.loaded(width: 20, height: 6))
        #expect(grid.lines == [
            "                    ",
            " terminal too small ",
            " (need 60×15, have  ",
            "       20×6)        ",
            "      q quits       ",
            "                    ",
        ])
    }

    @Test(arguments: [(0, 0), (1, 1), (2, 2), (59, 14), (60, 15), (100, 15)])
    func anySizeRendersAFullSafeFrame(width: Int, height: Int) {
        let grid = RenderFixtures.render(RenderFixtures.loaded(width: width, height: height))
        #expect(grid.width == width && grid.height == height)
        expectSafeFrame(grid)
    }
}
