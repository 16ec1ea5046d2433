import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

@testable import DashboardUI

/// The Recordings pane's marks and filter footer, the downloads panel and the status-bar summary.
@Suite struct RenderRecordingDownloadsTests {
    static let start = RenderFixtures.now - 3000

    /// Recording 9001 with its MP4 half done at 4 KiB/s, the events file done, the thumbnail
    /// queued, and 9002 still fetching its links.
    static func downloading(_ state: inout DashboardState, id: String = "9001") {
        var job = RecordingDownloadJob(recordingId: id)
        job.links = .loaded(RecordingDownload(recordingId: id, recordingUrl: "u", recordingStartTime: start))
        var video = FileDownloadJob(kind: .video, url: "u", path: "p", expectedSize: 52_428_800)
        video.status = .downloading
        video.bytes = 26_214_400
        video.rate = 4_194_304
        var events = FileDownloadJob(kind: .events, url: "u", path: "p", expectedSize: nil)
        events.status = .done
        events.bytes = 20_480
        let thumbnail = FileDownloadJob(kind: .thumbnail, url: "u", path: "p", expectedSize: nil)
        job.files = [video, events, thumbnail]
        state.downloads.recordings = [job, RecordingDownloadJob(recordingId: "9002")]
        state.downloads.received(0, at: RenderFixtures.now - 5)
        state.downloads.received(20_971_520, at: RenderFixtures.now)
    }

    static func state(width: Int = 80, height: Int = 24, panel: Bool = false) -> DashboardState {
        var state = RenderFixtures.loaded(width: width, height: height, focus: .recordings)
        state.recordings.marked = ["9002"]
        state.recordings.filter = RecordingsFilter(attendance: .unattended, period: .lastDays(7), archived: true)
        downloading(&state)
        if panel { state.modals = [.downloads(DownloadsPanelState(selected: 0))] }
        return state
    }

    @Test func paneMarksRowsShowsDownloadStateAndTheFilterInItsFooter() {
        let grid = RenderFixtures.render(Self.state())
        #expect(grid.lines[5].hasPrefix("│ 9001       ↓ 50%     13:15:09  50 MiB "))
        #expect(grid.lines[6].hasPrefix("│ ◆ 9002     ↓ queued  "))
        #expect(grid.style(of: "◆ 9002", row: 6) == Theme.defaultDark.style(.marked))
        #expect(grid.style(of: "↓ queued", row: 6)?.fg == Theme.defaultDark.style(.statusActive).fg)
        #expect(grid.lines[21] == "│ account 4503599627370496 · last 7 days · unattended · archived · 1 marked    │")
        #expect(grid.style(of: "1 marked", row: 21) == Theme.defaultDark.style(.marked))
        expectSafeFrame(grid)
    }

    @Test func footerShowsADateRangeTheFiltersOwnerAndASplit() {
        var state = RenderFixtures.loaded(focus: .recordings)
        state.recordings.filter = RecordingsFilter(
            owner: .companyId("C-7"), period: .range(from: FormField.date("2026-11-01")!, to: FormField.date("2026-11-28")!))
        state.recordings.splits = 3
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[21] == "│ company C-7 · 2026-11-01 – 2026-11-28 · split into 3 queries                 │")
    }

    @Test func downloadsPanelDrawsABarPerFileAndOneOverallAt80x24() {
        let grid = RenderFixtures.render(Self.state(panel: true))
        let panel = grid.lines[3...19].map { String($0.dropFirst(4).prefix(72)) }
        #expect(panel == [
            "┌─ Downloads · 1 running ──────────────────────────────────────────────┐",
            "│ Overall ███████████████████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 50%  │",
            "│ 1/3 files · 25 MiB of 50 MiB · 4.0 MiB/s · 0:07 left · links for 1 … │",
            "│ into ~/g2a-recordings                                                │",
            "│                                                                      │",
            "│ 9001.mp4     █████████░░░░░░░░░  25 MiB/50 MiB  4.0 MiB/s  0:07      │",
            "│ 9001.events  ██████████████████  done · 20 KiB                       │",
            "│ 9001.jpg     ░░░░░░░░░░░░░░░░░░  queued                              │",
            "│ 9002         fetching download links…                                │",
            "│                                                                      │",
            "│                                                                      │",
            "│                                                                      │",
            "│                                                                      │",
            "│                                                                      │",
            "│                                                                      │",
            "│ j/k move · x cancel file · X cancel all · Esc close                  │",
            "└──────────────────────────────────────────────────────────────────────┘",
        ])
        let theme = Theme.defaultDark
        #expect(grid.style(of: "9001.mp4", row: 8) == theme.style(.selection))
        #expect(grid.style(of: "██████████████████", row: 9)?.fg == theme.style(.statusComplete).fg)
        #expect(grid.cursor?.y == 8)
        expectSafeFrame(grid)
    }

    @Test func downloadsPanelUsesTheRoomOf120x40() {
        let grid = RenderFixtures.render(Self.state(width: 120, height: 40, panel: true))
        let text = grid.lines.map { String($0.dropFirst(10).prefix(100)) }
        #expect(text.contains("┌─ Downloads · 1 running ──────────────────────────────────────────────────────────────────────────┐"))
        #expect(text.contains("│ Overall █████████████████████████████████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 50%  │"))
        #expect(text.contains("│ 1/3 files · 25 MiB of 50 MiB · 4.0 MiB/s · 0:07 left · links for 1 more…                         │"))
        #expect(text.contains("│ 9001.mp4     ██████████████░░░░░░░░░░░░░░  25 MiB/50 MiB  4.0 MiB/s  0:07                        │"))
        #expect(text.contains("│ 9001.jpg     ░░░░░░░░░░░░░░░░░░░░░░░░░░░░  queued                                                │"))
        expectSafeFrame(grid)
    }

    @Test func statusBarSummarisesDownloadsWhateverIsOpen() {
        let narrow = RenderFixtures.render(Self.state(panel: true))
        #expect(narrow.lines[23] == " ↓ 1/3 files · 25 MiB of 50 MiB · 4.0 MiB/s · 0:07 left · links for 1 more…     ")
        #expect(narrow.style(of: "↓", row: 23) == Theme.defaultDark.style(.statusbarKey))
        let wide = RenderFixtures.render(Self.state(width: 120, height: 40))
        #expect(wide.lines[39].hasPrefix(" ↓ 1/3 files · 25 MiB of 50 MiB · 4.0 MiB/s · 0:07 left · links for 1 more… · w details "))
        var idle = Self.state()
        idle.downloads = DownloadsState()
        #expect(RenderFixtures.render(idle).lines[23].hasPrefix(" ? help  / filter"))
    }

    @Test func asciiTerminalsGetBracketBarsAndNoUnicode() {
        for panel in [false, true] {
            let grid = RenderFixtures.render(Self.state(panel: panel), capabilities: RenderFixtures.ascii)
            let foreign = grid.lines.joined().unicodeScalars.filter { !$0.isASCII }
            #expect(foreign.isEmpty, "non-ASCII: \(String(String.UnicodeScalarView(foreign)))")
            #expect(grid.lines[23].hasPrefix(" DL 1/3 files - 25 MiB of 50 MiB - 4.0 MiB/s - 0:07 left"))
            if panel {
                #expect(grid.lines[8].contains("| 9001.mp4     [########........]  25 MiB/50 MiB  4.0 MiB/s  0:07      |"))
                #expect(grid.lines[4].contains("| Overall [##########################...........................] 50%  |"))
            } else {
                #expect(grid.lines[6].hasPrefix("| * 9002     DL queued "))
            }
            expectSafeFrame(grid)
        }
    }

    @Test func hostileRecordingIdsAreShownEscapedEverywhere() {
        let hostile = "\u{1B}[2J\u{202E}66"
        var state = RenderFixtures.loaded(focus: .recordings)
        RenderFixtures.loadRecordings([hostile], into: &state)
        state.recordings.marked = [hostile]
        Self.downloading(&state, id: hostile)
        let pane = RenderFixtures.render(state)
        #expect(pane.lines[5].hasPrefix("│ ◆ \\e[2J\\u202E66  ↓ 50%"))
        expectSafeFrame(pane)
        state.modals = [.downloads(DownloadsPanelState())]
        let panel = RenderFixtures.render(state)
        #expect(panel.lines[8].contains("│ \\e[2J\\u202E66.mp4  "))
        expectSafeFrame(panel)
    }

    @Test func anEmptyPanelSaysHowToStart() {
        var state = RenderFixtures.loaded(focus: .recordings)
        state.modals = [.downloads(DownloadsPanelState())]
        let text = RenderFixtures.render(state).lines.joined(separator: "\n")
        #expect(text.contains("│ no downloads yet: d downloads the selected recording, space marks,   │"))
        #expect(text.contains("│ D downloads the marked                                               │"))
    }

    @Test func theFilterFormShowsItsFieldsAndInlineErrors() {
        var state = RenderFixtures.loaded(focus: .recordings)
        var form = FormState.recordingsFilter(RecordingsFilter(), owner: .accountKey("4503"))
        form.fields[3].value = "0"
        _ = form.validatedRecordingsFilter()
        state.modals = [.form(form)]
        let text = RenderFixtures.render(state).lines.map { String($0.dropFirst(4).prefix(72)) }
        #expect(text.contains("│ Owner        [account                                              ] │"))
        #expect(text.contains("│ Key or id    [4503                                                 ] │"))
        #expect(text.contains("│              a whole number from 1 to 3650                           │"))
        #expect(text.contains("│ Archived     [no                                                   ] │"))
    }
}
