import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

@testable import DashboardUI

/// Without UTF-8 (`LANG=C` jump hosts) the dashboard's own glyphs are plain ASCII.
@Suite struct RenderASCIITests {
    /// Every pane, a stale badge, a filter, sorting and messages, with ASCII-only data.
    static func asciiState(width: Int, height: Int, overlay: Overlay? = nil) -> DashboardState {
        var state = RenderFixtures.state(width: width, height: height)
        let sessions = RenderFixtures.sessions.enumerated().map { index, session in
            var session = session
            session.customerName = "Customer \(index)"
            session.customerJoinUrl = "https://join.example/\(index)"
            return session
        }
        RenderFixtures.load(sessions, into: &state)
        state.sessions.table.sortByNextColumn(columnCount: SessionRow.columns.count)
        state.sessions.refresh.failures = 2
        state.sessions.refresh.lastError = "HTTP 503"
        RenderFixtures.loadCompanies([Company(companyId: "1", companyName: String(repeating: "Acme ", count: 30))], into: &state)
        state.companies.loadingMore = true
        state.recordings.owner = .accountKey("4503")
        state.recordings.refresh.inFlight = true
        state.recordings.capped = true
        state.messages.post(.warn, "slow", at: RenderFixtures.now)
        state.overlay = overlay
        return state
    }

    @Test(arguments: [(80, 24), (120, 40), (50, 10)])
    func asciiModeDrawsOnlyASCII(width: Int, height: Int) {
        let key = RenderFixtures.sessions[0].stableKey
        for overlay in [nil, .help(scroll: 0), .messageLog(scroll: 0), .detail(pane: .sessions, key: key, scroll: 0)] as [Overlay?] {
            let grid = RenderFixtures.render(Self.asciiState(width: width, height: height, overlay: overlay), capabilities: RenderFixtures.ascii)
            let foreign = grid.lines.joined().unicodeScalars.filter { !$0.isASCII }
            #expect(foreign.isEmpty, "non-ASCII: \(String(String.UnicodeScalarView(foreign)))")
            expectSafeFrame(grid)
        }
    }

    @Test func asciiModeUsesPlainBordersMarksArrowsAndEllipsis() {
        let grid = RenderFixtures.render(Self.asciiState(width: 120, height: 40), capabilities: RenderFixtures.ascii)
        #expect(grid.lines[1].hasPrefix("+ 1 Sessions (5) ----"))
        #expect(grid.lines[1].contains(" stale - retry 2 - HTTP 503 - updated  0s ago -+"))
        #expect(grid.lines[2].hasPrefix("| STATUS ^       SESSION"))
        #expect(grid.lines[3].hasPrefix("| ~ waiting "))
        #expect(grid.lines[4].hasPrefix("| * active "))
        #expect(grid.lines[5].hasPrefix("| o not started "))
        #expect(grid.lines[6].hasPrefix("| + complete "))
        #expect(grid.lines[7].hasPrefix("| x abandoned "))
        #expect(grid.lines[3].hasSuffix("| 1           Acme Acme Acme Acme Acme A... |"))
        #expect(grid.lines[18].contains("1 company - 1 loaded - loading more..."))
        #expect(grid.lines[20].contains(" loading... -+"))
        #expect(grid.lines[22].contains("| loading...  "))
    }

    @Test func asciiTooSmallMessageUsesAnX() {
        let grid = RenderFixtures.render(RenderFixtures.state(width: 50, height: 10), capabilities: RenderFixtures.ascii)
        #expect(grid.lines[4] == "   terminal too small (need 60x15, have 50x10)    ")
    }
}
