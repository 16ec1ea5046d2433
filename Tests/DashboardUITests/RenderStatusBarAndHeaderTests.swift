import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

@testable import DashboardUI

@Suite struct RenderStatusBarAndHeaderTests {
    let theme = Theme.defaultDark

    @Test func commandLineShowsItsTextAndACursorBlock() {
        var state = RenderFixtures.loaded()
        state.commandLine.isActive = true
        state.commandLine.line = LineEditor("theme light")
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[23] == ":theme light" + String(repeating: " ", count: 68))
        #expect(grid[x: 12, y: 23].style == theme.style(.inputCursor))
        #expect(grid[x: 3, y: 23].style == theme.style(.input))
        #expect(grid.cursor?.x == 12 && grid.cursor?.y == 23)
    }

    @Test func longCommandLineScrollsToKeepTheCursorInView() {
        var state = RenderFixtures.loaded()
        state.commandLine.isActive = true
        state.commandLine.line = LineEditor(String(repeating: "a", count: 100) + "END")
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[23] == ":" + String(repeating: "a", count: 75) + "END ")
        #expect(grid.cursor?.x == 79)
    }

    @Test func filterEditingShowsASlashInput() {
        var state = RenderFixtures.loaded()
        state.sessions.table.isEditingFilter = true
        state.sessions.table.setFilter("山田")
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[23] == "/山田" + String(repeating: " ", count: 75))
        #expect(grid[x: 5, y: 23].style == theme.style(.inputCursor))
        #expect(grid.cursor?.x == 5)
    }

    @Test func recentMessageShowsInItsLevelsStyleThenHintsReturn() {
        var state = RenderFixtures.loaded()
        state.messages.post(.error, "sessions: HTTP 503", at: RenderFixtures.now - 1)
        var grid = RenderFixtures.render(state)
        #expect(grid.lines[23] == " sessions: HTTP 503" + String(repeating: " ", count: 61))
        #expect(grid.style(of: "HTTP 503", row: 23) == theme.style(.messageError).withBackground(of: .statusbar))
        state.now = RenderFixtures.now + MessageLog.statusBarSeconds
        grid = RenderFixtures.render(state)
        #expect(grid.lines[23].hasPrefix(" ? help  / filter  : command  q quit"))
    }

    @Test func hintsComeFromTheLiveKeymapAndDropWholeHintsWhenShort() {
        var keymap = KeyMap.standard
        keymap.rebind(.filter, to: [.character("f")])
        let grid = RenderFixtures.render(RenderFixtures.loaded(width: 60, height: 15), keymap: keymap)
        #expect(grid.lines[14] == " ? help  f filter  : command  q quit  tab pane  enter detail")
        #expect(grid.style(of: "?", row: 14) == theme.style(.statusbarKey))
    }

    @Test func headerShowsDemoBadgeCountsWindowAndClock() {
        var state = RenderFixtures.loaded(width: 160, height: 30)
        state.settings.isDemo = true
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[0] == " g2a-dash · prod · api.getgo.com   DEMO   ◐ 1 waiting  ● 1 active  ○ 1 not started  ✓ 1 complete  ✗ 1 abandoned · 24h" + String(repeating: " ", count: 37) + "14:05 ")
        #expect(grid.style(of: "DEMO", row: 0) == theme.style(.headerBadge))
        #expect(grid.style(of: "◐", row: 0) == theme.style(.statusWaiting).withBackground(of: .header))
        #expect(grid.style(of: "g2a-dash", row: 0) == theme.style(.headerTitle))
    }

    @Test func headerDropsZeroCountsFirstWhenShort() {
        var state = RenderFixtures.state(width: 80, height: 24)
        RenderFixtures.load([RenderFixtures.sessions[1], RenderFixtures.sessions[3], RenderFixtures.sessions[4]], into: &state)
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[0] == " g2a-dash · prod  ● 1 active  ✓ 1 complete  ✗ 1 abandoned · 24h           14:05 ")
    }

    @Test func headerHasNoCountsBeforeTheFirstAnswer() {
        let grid = RenderFixtures.render(RenderFixtures.state())
        #expect(grid.lines[0] == " g2a-dash · prod · api.getgo.com · 24h" + String(repeating: " ", count: 36) + "14:05 ")
    }
}
