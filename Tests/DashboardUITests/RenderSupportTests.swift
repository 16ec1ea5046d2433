import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

@testable import DashboardUI

// Fixtures and assertions shared by the Render*Tests suites. The file is named like a test file
// because the render's tests own only Render*Tests.swift in this folder; the suite at the end
// checks that the assertions themselves catch what they claim to.

/// Fixed inputs for render tests: a frozen clock, UTC times, demo data.
enum RenderFixtures {
    /// 2026-11-28 14:05:09 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_874_709)
    static let utc = TimeText(zone: TimeZone(identifier: "UTC")!)
    static let color = TerminalCapabilities(colorDepth: .trueColor, isUTF8: true)
    static let ascii = TerminalCapabilities(colorDepth: .c16, isUTF8: false)

    static func state(width: Int = 80, height: Int = 24, focus: PaneID = .sessions) -> DashboardState {
        var state = DashboardState(
            settings: DashboardSettings(profileName: "prod", host: "api.getgo.com"), now: now)
        state.width = width
        state.height = height
        state.focus = focus
        // Server order, so pictures don't change when the app's default sort does.
        state.sessions.table = TableState()
        state.recordings.table = TableState()
        return state
    }

    /// A few sessions of every status, with CJK, right-to-left and emoji names.
    static let sessions: [Session] = [
        Session(
            sessionId: "4711", status: .waiting, startedAt: now - 125, expertName: "Bob Tech",
            customerName: "Alice Example"),
        Session(
            sessionId: "4712", status: .active, partnerObject: "INC-1001", startedAt: now - 3600,
            customerJoinedAt: now - 3570, expertName: "Bob Tech", customerName: "山田太郎"),
        Session(status: .notStarted, sessionStartToken: "tok9", customerName: "محمد علي"),
        Session(
            sessionId: "4700", status: .complete, startedAt: now - 7200, customerJoinedAt: now - 7140,
            endedAt: now - 6000, expertName: "Carol", customerName: "🎧 Headset Co"),
        Session(
            sessionId: "4690", status: .abandoned, startedAt: now - 90_000, expertName: "Carol",
            customerName: "Dave"),
    ]

    /// Puts `list` into the Sessions pane as a successful refresh at `now` would.
    static func load(_ list: [Session], into state: inout DashboardState) {
        var counts: [SessionStatus: Int] = [:]
        for session in list { counts[session.status, default: 0] += 1 }
        state.sessions.counts = counts
        state.sessions.table.setPageSize(ScreenLayout.tableHeight(for: .sessions, state: state))
        state.sessions.table.setItems(list.map(SessionRow.init), now: now)
        state.sessions.refresh.lastSuccess = now - 4
    }

    static func loadCompanies(_ companies: [Company], total: Int? = nil, into state: inout DashboardState) {
        state.companies.loaded = companies
        state.companies.total = total ?? companies.count
        state.companies.table.setPageSize(ScreenLayout.tableHeight(for: .companies, state: state))
        state.companies.table.setItems(companies.map(CompanyRow.init), now: now)
        state.companies.refresh.lastSuccess = now - 60
    }

    static func loadRecordings(_ ids: [String], downloads: [RecordingDownload] = [], into state: inout DashboardState) {
        let byId = Dictionary(uniqueKeysWithValues: downloads.map { ($0.recordingId, $0) })
        state.recordings.downloads = byId
        state.recordings.owner = .accountKey("4503599627370496")
        state.recordings.table.setPageSize(ScreenLayout.tableHeight(for: .recordings, state: state))
        state.recordings.table.setItems(
            ids.map { RecordingRow(id: $0, readiness: .download, download: byId[$0]) }, now: now)
        state.recordings.refresh.lastSuccess = now - 30
    }

    /// A state with data in every pane.
    static func loaded(width: Int = 80, height: Int = 24, focus: PaneID = .sessions) -> DashboardState {
        var state = state(width: width, height: height, focus: focus)
        load(sessions, into: &state)
        loadCompanies(
            [Company(companyId: "1001", companyName: "Acme Corp"), Company(companyId: "1002", companyName: "Globex")],
            total: 120, into: &state)
        loadRecordings(
            ["9001", "9002"],
            downloads: [
                RecordingDownload(
                    recordingId: "9001", recordingUrl: "https://rec.example/9001.mp4",
                    recordingStartTime: now - 3000, recordingSize: 52_428_800)
            ], into: &state)
        return state
    }

    static func render(
        _ state: DashboardState, keymap: KeyMap = .standard,
        capabilities: TerminalCapabilities = color
    ) -> Grid {
        DashboardView.render(
            state, theme: .defaultDark, keymap: keymap, capabilities: capabilities, time: utc)
    }
}

/// Checks what must hold for every frame: lines exactly as wide as the grid, and no character a
/// terminal could interpret (controls, bidi overrides) in any cell.
func expectSafeFrame(_ grid: Grid, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(grid.lines.count == grid.height, sourceLocation: sourceLocation)
    for (y, line) in grid.lines.enumerated() {
        #expect(
            DisplayWidth.width(line) == grid.width, "row \(y) is \(DisplayWidth.width(line)) wide: \(line)",
            sourceLocation: sourceLocation)
    }
    let unsafe = grid.cells.filter { cell in
        cell.character.unicodeScalars.contains(where: TextSanitizer.needsEscaping)
    }
    #expect(unsafe.isEmpty, "raw control characters in cells: \(unsafe.map(\.character))", sourceLocation: sourceLocation)
}

@Suite struct RenderSupportTests {
    @Test func safeFrameCheckPassesAnOrdinaryFrame() {
        expectSafeFrame(RenderFixtures.render(RenderFixtures.loaded()))
    }

    @Test func fixtureStateHasRowsInEveryPane() {
        let state = RenderFixtures.loaded()
        #expect(state.sessions.table.rows.count == 5)
        #expect(state.companies.table.rows.count == 2)
        #expect(state.recordings.table.rows.count == 2)
    }

    @Test(arguments: [ColorDepth.c256, .c16, .mono])
    func aThemeAlreadyMappedToTheDepthDrawsTheSameFrame(depth: ColorDepth) {
        // The app's theme provider maps themes once; the render maps again for callers that don't.
        let state = RenderFixtures.loaded()
        let capabilities = TerminalCapabilities(colorDepth: depth, isUTF8: true)
        let raw = DashboardView.render(state, theme: .defaultDark, keymap: .standard, capabilities: capabilities, time: RenderFixtures.utc)
        let mapped = DashboardView.render(
            state, theme: Theme.defaultDark.degraded(to: depth), keymap: .standard, capabilities: capabilities,
            time: RenderFixtures.utc)
        #expect(raw == mapped)
    }

    @Test func monochromeSelectionIsReverse() {
        let capabilities = TerminalCapabilities(colorDepth: .mono, isUTF8: true)
        let grid = RenderFixtures.render(RenderFixtures.loaded(), capabilities: capabilities)
        #expect(grid.style(of: "4711", row: 3)?.reverse == true)
    }
}
