import DashboardCore
import Foundation
import Testing

@testable import DashboardUI

/// A request the server does not answer: `waiting Ns` after 5 s, then stale with the reason.
@Suite struct RenderWaitingTests {
    static func heading(_ grid: Grid) -> String { grid.lines[1] }

    @Test func aRequestUnansweredForFiveSecondsSaysHowLongItHasWaited() {
        var state = RenderFixtures.loaded()
        state.sessions.refresh.begin(at: RenderFixtures.now - 7)
        let line = Self.heading(RenderFixtures.render(state))
        #expect(line.contains("waiting 7s · updated  0s ago"), "\(line)")
    }

    @Test func aQuickRequestShowsNoWaitingLabel() {
        var state = RenderFixtures.loaded()
        state.sessions.refresh.begin(at: RenderFixtures.now - 2)
        let line = Self.heading(RenderFixtures.render(state))
        #expect(!line.contains("waiting"), "\(line)")
    }

    @Test func aFirstRequestWaitingReplacesLoading() {
        var state = RenderFixtures.state()
        state.sessions.refresh.begin(at: RenderFixtures.now - 12)
        let line = Self.heading(RenderFixtures.render(state))
        #expect(line.contains("waiting 12s"), "\(line)")
        #expect(!line.contains("loading"), "\(line)")
    }

    @Test func aTimedOutRequestIsStaleWithTheReason() {
        var state = RenderFixtures.loaded()
        state.sessions.refresh.failures = 1
        state.sessions.refresh.lastError = "no answer in 15 s"
        let line = Self.heading(RenderFixtures.render(state))
        #expect(line.contains("stale · retry 1 · no answer in 15 s"), "\(line)")
    }
}
