import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

@testable import DashboardUI

/// Hostile and international text: nothing a terminal could interpret reaches a cell, wide
/// characters keep columns aligned, and every line stays exactly the grid's width.
@Suite struct RenderTextSafetyTests {
    static let hostile = Session(
        sessionId: "666\u{1B}[2J", status: .active, sessionStartToken: "tok\u{9B}31m",
        customerJoinUrl: "https://x.example/\u{202E}gpj.exe", partnerObject: "T-\u{7}1",
        startedAt: RenderFixtures.now - 10, expertName: "Eve\u{1B}]52;c;aGk=\u{7}",
        customerName: String(repeating: "名", count: 10_000), customerEmail: "a@b\u{2066}.c",
        notes: "line1\nline2\r\u{0}\u{7F} 🎧 محمد",
        collaborators: [Collaborator(expertName: "\u{1B}[31mAnn", expertEmail: "ann@x")])

    static func state(width: Int, height: Int, overlay: Overlay? = nil) -> DashboardState {
        var state = RenderFixtures.loaded(width: width, height: height)
        RenderFixtures.load(RenderFixtures.sessions + [hostile], into: &state)
        state.settings.profileName = "p\u{1B}[5m"
        state.settings.host = "h\u{202E}ost"
        state.sessions.table.setFilter("")
        state.companies.loaded.append(Company(companyId: "7\u{1B}", companyName: String(repeating: "🎧", count: 5000)))
        state.companies.table.setItems(state.companies.loaded.map(CompanyRow.init), now: RenderFixtures.now)
        state.messages.post(.error, "boom \u{1B}[2J\u{202E}", at: RenderFixtures.now)
        state.sessions.refresh.failures = 1
        state.sessions.refresh.lastError = TextSanitizer.sanitize("bad\u{1B}")
        state.overlay = overlay
        return state
    }

    @Test(arguments: [(80, 24), (120, 40), (60, 15), (200, 60)])
    func hostileTextNeverReachesACellRaw(width: Int, height: Int) {
        let key = Self.hostile.stableKey
        for overlay in [nil, .detail(pane: .sessions, key: key, scroll: 0), .detail(pane: .sessions, key: key, scroll: 500),
                        .detail(pane: .companies, key: "7\u{1B}", scroll: 0), .messageLog(scroll: 0), .help(scroll: 0)] as [Overlay?] {
            for capabilities in [RenderFixtures.color, RenderFixtures.ascii] {
                let grid = RenderFixtures.render(Self.state(width: width, height: height, overlay: overlay), capabilities: capabilities)
                expectSafeFrame(grid)
            }
        }
    }

    @Test func hostileRowIsDrawnWithVisibleEscapes() {
        var state = Self.state(width: 80, height: 24)
        state.sessions.table.select(key: Self.hostile.stableKey)
        let grid = RenderFixtures.render(state)
        let row = grid.lines.first { $0.contains("666") } ?? ""
        #expect(row.contains("666\\e[2J"))
        #expect(row.contains("名名名名名…"))
        #expect(row.contains("Eve\\e]52;c;a…"))
        #expect(grid.lines[0].contains("p\\e[5m"))
    }

    @Test func detailOverlayOfAHostileSessionShowsEscapesInTheirOwnRole() {
        let key = Self.hostile.stableKey
        let grid = RenderFixtures.render(Self.state(width: 120, height: 40, overlay: .detail(pane: .sessions, key: key, scroll: 0)))
        let text = grid.lines.joined(separator: "\n")
        #expect(text.contains("Session 666\\e[2J"))
        #expect(text.contains("session id:        666\\e[2J"))
        #expect(text.contains("start token:       tok\\u009B31m"))
        let row = grid.lines.firstIndex { $0.contains("session id:") }!
        #expect(grid.style(of: "\\e", row: row) == Theme.defaultDark.style(.textEscaped).withBackground(of: .overlay))
        #expect(grid.style(of: "666", row: row) == Theme.defaultDark.style(.overlay))
    }

    @Test func detailOverlayScrolledToTheEndShowsTheLastFields() {
        let key = Self.hostile.stableKey
        let grid = RenderFixtures.render(Self.state(width: 120, height: 40, overlay: .detail(pane: .sessions, key: key, scroll: 10_000)))
        let text = grid.lines.joined(separator: "\n")
        #expect(text.contains("notes:             line1\\nline2\\r\\x00\\x7F 🎧 محمد"))
        // The transcript follows the fields: this session's has not been fetched here.
        #expect(text.contains("│ transcript"))
        #expect(text.contains("loading…"))
        #expect(text.contains("/293 · esc close"))
    }

    @Test func wideCharactersKeepColumnsAligned() {
        let grid = RenderFixtures.render(RenderFixtures.loaded())
        let columns = grid.lines[3...7].map { line in
            DisplayWidth.width(String(line.prefix { $0 != "B" && $0 != "C" }))
        }
        // EXPERT starts at the same display column in every row that has one.
        let experts = grid.lines[3...7].compactMap { line -> Int? in
            guard let range = line.range(of: "Bob") ?? line.range(of: "Carol") else { return nil }
            return DisplayWidth.width(String(line[..<range.lowerBound]))
        }
        #expect(Set(experts).count == 1)
        #expect(columns.count == 5)
    }

    @Test func rightToLeftTextIsKeptInLogicalOrderWithoutBidiControls() {
        let grid = RenderFixtures.render(RenderFixtures.loaded())
        #expect(grid.lines[5].contains("محمد علي"))
        expectSafeFrame(grid)
    }
}

extension Style {
    /// This style as the render draws it inside `role`'s area (its background filled in).
    func withBackground(of role: ThemeRole) -> Style {
        var style = self
        if style.bg == .default { style.bg = Theme.defaultDark.style(role).bg }
        return style
    }
}
