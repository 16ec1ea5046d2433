import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

@testable import DashboardUI

@Suite struct RenderCompaniesAndRecordingsTests {
    let theme = Theme.defaultDark

    @Test func companiesFooterShowsTotalLoadedSearchAndPaging() {
        var state = RenderFixtures.loaded(focus: .companies)
        state.companies.search = "acme"
        state.companies.table.setFilter("acme")
        state.companies.loadingMore = true
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[2].hasPrefix("┌ 2 Companies (120) /acme ──"))
        #expect(grid.lines[4].hasPrefix("│ 1001        Acme Corp  "))
        #expect(grid.lines[20] == "│ 120 companies · 2 loaded · search: acme · loading more…" + String(repeating: " ", count: 22) + "│")
        #expect(grid.style(of: "120 companies", row: 20) == theme.style(.textFaint))
    }

    @Test func companiesFilterWhileTypingCountsLoadedRows() {
        var state = RenderFixtures.loaded(focus: .companies)
        state.companies.table.setFilter("glob")
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[2].hasPrefix("┌ 2 Companies (1/2) /glob ──"))
    }

    @Test func companiesWithNoMatchForTheSearchSaySo() {
        var state = RenderFixtures.state(focus: .companies)
        state.companies.search = "zzz"
        RenderFixtures.loadCompanies([], into: &state)
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[4].hasPrefix("│ no rows match /zzz  "))
    }

    @Test func emptyPanesSayWhatIsMissing() {
        var state = RenderFixtures.state(focus: .companies)
        RenderFixtures.loadCompanies([], into: &state)
        #expect(RenderFixtures.render(state).lines[4].hasPrefix("│ no companies  "))
        state.focus = .recordings
        RenderFixtures.loadRecordings([], into: &state)
        #expect(RenderFixtures.render(state).lines[5].hasPrefix("│ no recordings  "))
    }

    @Test func recordingsFooterNamesTheOwnerAndWarnsAtTheCap() {
        var state = RenderFixtures.loaded(focus: .recordings)
        state.recordings.capped = true
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[21] == "│ 500-id cap reached: narrow the range · account 4503599627370496 · last 30 d… │")
        #expect(grid.style(of: "500-id cap", row: 21) == theme.style(.messageWarn))
    }

    @Test func recordingsShowStartAndSizeFromTheDownloadLinks() {
        let grid = RenderFixtures.render(RenderFixtures.loaded(focus: .recordings))
        #expect(grid.lines[4].hasPrefix("│ RECORDING  STATE               STARTED     SIZE "))
        #expect(grid.lines[5].hasPrefix("│ 9001       ready for download  13:15:09  50 MiB "))
    }

    @Test func narrowRecordingsPaneShortensTheStateInsteadOfCuttingIt() {
        var state = RenderFixtures.loaded(width: 100, height: 20, focus: .recordings)
        RenderFixtures.loadRecordings(
            ["9001"],
            downloads: [
                RecordingDownload(
                    recordingId: "9001", recordingUrl: "u", recordingStartTime: RenderFixtures.now - 90_000)
            ], into: &state)
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[11].hasSuffix("│ RECORDING  STATE     STARTED         │"))
        #expect(grid.lines[12].hasSuffix("│ 9001       download  11-27 13:05     │"))
    }

    @Test func recordingsOwnerUnknownUntilSessionsArrive() {
        var state = RenderFixtures.state(focus: .recordings)
        state.recordings.refresh.inFlight = true
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[5].hasPrefix("│ loading…  "))
        #expect(grid.lines[21].hasPrefix("│ account not known yet · last 30 days  "))
    }

    @Test func collapsedBarsShowStalenessToo() {
        var state = RenderFixtures.loaded()
        state.companies.refresh.failures = 1
        state.companies.refresh.lastError = "timeout"
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[21].hasPrefix("─ 2 Companies (120) · stale · retry 1 · timeout · updated 50s ago "))
        #expect(grid.style(of: "stale", row: 21) == theme.style(.stale))
    }
}
