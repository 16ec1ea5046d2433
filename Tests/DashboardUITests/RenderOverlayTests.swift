import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

@testable import DashboardUI

@Suite struct RenderOverlayTests {
    static let full = Session(
        sessionId: "4711", sessionType: "screen_sharing", status: .active, sessionStartToken: "st-1",
        customerJoinUrl: "https://join.example/4711", partnerObject: "INC-7", partnerObjectUrl: "https://tickets.example/INC-7",
        startedAt: RenderFixtures.now - 600, customerJoinedAt: RenderFixtures.now - 540,
        expertName: "Bob Tech", expertEmail: "bob@example.com", expertUserKey: "u-9",
        customerName: "Alice", customerEmail: "alice@example.com", accountKey: "acct-1", accountName: "Helpdesk",
        sessionRecordingUrl: "https://rec.example/4711", unattendedMachineName: "PC-42",
        unattendedMachineUuid: "uuid-42", notes: "printer jams",
        collaborators: [Collaborator(expertName: "Carol", expertEmail: "carol@example.com", expertUserKey: "u-10")])

    @Test func sessionDetailListsEveryFieldAsKeyValueLines() {
        var state = RenderFixtures.state(width: 120, height: 40)
        RenderFixtures.load([Self.full], into: &state)
        state.overlay = .detail(pane: .sessions, key: Self.full.stableKey, scroll: 0)
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[5].contains("┌─ Session 4711 ──"))
        let body = grid.lines[6...29].map { line in
            String(line.dropFirst(14).prefix(92)).trimmingCharacters(in: .whitespaces)
        }
        #expect(body == [
            "status:             active",
            "session id:         4711",
            "session type:       screen_sharing",
            "start token:        st-1",
            "customer:           Alice",
            "customer email:     alice@example.com",
            "customer join url:  https://join.example/4711",
            "expert:             Bob Tech",
            "expert email:       bob@example.com",
            "expert user key:    u-9",
            "collaborators:      Carol <carol@example.com> (u-10)",
            "account:            Helpdesk",
            "account key:        acct-1",
            "started:            2026-11-28 13:55:09",
            "customer joined:    2026-11-28 13:56:09",
            "waited:             1m00s",
            "duration:           10m00s",
            "ticket:             INC-7",
            "ticket url:         https://tickets.example/INC-7",
            "recording url:      https://rec.example/4711",
            "unattended machine: PC-42",
            "machine uuid:       uuid-42",
            "notes:              printer jams",
            "",
        ])
        #expect(grid.cursor?.x == 14 && grid.cursor?.y == 6)
        expectSafeFrame(grid)
    }

    @Test func detailOfAVanishedRowSaysSo() {
        var state = RenderFixtures.loaded()
        state.overlay = .detail(pane: .sessions, key: "id:gone", scroll: 0)
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[4].contains("│ no longer in the list "))
    }

    @Test func companyDetailShowsIdAndName() {
        var state = RenderFixtures.loaded(focus: .companies)
        state.overlay = .detail(pane: .companies, key: "1002", scroll: 0)
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[3].contains("┌─ Company 1002 ─"))
        #expect(grid.lines[4].contains("│ company id: 1002 "))
        #expect(grid.lines[5].contains("│ name:       Globex "))
    }

    @Test func recordingDetailShowsStateStartSizeAndDownloadLinks() {
        var state = RenderFixtures.loaded(focus: .recordings)
        state.recordings.downloads["9001"]?.eventsUrl = "https://rec.example/9001.events"
        state.overlay = .detail(pane: .recordings, key: "9001", scroll: 0)
        let grid = RenderFixtures.render(state)
        let body = grid.lines[4...10].map { $0.dropFirst(10).prefix(60).trimmingCharacters(in: .whitespaces) }
        #expect(body == [
            "recording id: 9001",
            "state:        ready for download",
            "started:      2026-11-28 13:15:09",
            "size:         50 MiB (52428800 bytes)",
            "download url: https://rec.example/9001.mp4",
            "events url:   https://rec.example/9001.events",
            "links:        valid for 48 hours after the last refresh",
        ])
    }

    @Test func longValuesWrapUnderTheirValueColumn() {
        var session = Self.full
        session.notes = "the customer says the printer jams every morning after the nightly update runs, twice"
        var state = RenderFixtures.state()
        RenderFixtures.load([session], into: &state)
        state.overlay = .detail(pane: .sessions, key: session.stableKey, scroll: 20)
        let grid = RenderFixtures.render(state)
        let text = grid.lines.map { String($0.dropFirst(8).prefix(64)) }
        #expect(text.contains("│ notes:              the customer says the printer jams       │"))
        #expect(text.contains("│                     every morning after the nightly update   │"))
        #expect(text.contains("│                     runs, twice                              │"))
    }

    @Test func helpListsEveryCommandWithItsRemappedKeys() {
        var keymap = KeyMap.standard
        keymap.rebind(.quit, to: [.character("x"), .ctrl("q")])
        keymap.rebind(.help, to: [.function(1)])
        keymap.rebind(.refresh, to: [])
        var state = RenderFixtures.loaded(width: 120, height: 90)
        state.overlay = .help(scroll: 0)
        let grid = RenderFixtures.render(state, keymap: keymap)
        let text = grid.lines.joined(separator: "\n")
        for command in KeyCommand.allCases {
            #expect(text.contains(command.summary), "\(command) missing")
        }
        #expect(text.contains("  x/ctrl-q     quit"))
        #expect(text.contains("  f1           show this help"))
        #expect(text.contains("  (unbound)    refresh now"))
        #expect(!text.contains("  q  "))
        for command in [":sessions", ":companies", ":recordings", ":theme NAME", ":window 24h|7d|30d", ":profile NAME", ":log", ":q"] {
            #expect(text.contains("  " + command + " "), "\(command) missing")
        }
        #expect(grid.lines[89].contains("f1 help"))
        #expect(grid.lines[89].contains("x quit"))
    }

    @Test func helpScrollsAndSaysWhichLinesAreShown() {
        var state = RenderFixtures.loaded()
        state.overlay = .help(scroll: 3)
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[4].contains("│   tab          next pane "))
        #expect(grid.lines[19].contains("── 4-18/78 · esc close ─┘"))
    }

    @Test func messageLogListsMessagesNewestLastWithTimeAndLevel() {
        var state = RenderFixtures.loaded()
        state.messages.post(.info, "sessions refreshed", at: RenderFixtures.now - 65)
        state.messages.post(.warn, "slow response", at: RenderFixtures.now - 30)
        state.messages.post(.error, "HTTP 503 from the sessions endpoint, will retry with backoff", at: RenderFixtures.now - 5)
        state.overlay = .messageLog(scroll: 0)
        let grid = RenderFixtures.render(state)
        let body = grid.lines[3...8].map { String($0.dropFirst(8).prefix(64)) }
        #expect(body == [
            "┌─ Messages (3) ───────────────────────────────────────────────┐",
            "│ 14:04:04 info  sessions refreshed                            │",
            "│ 14:04:39 warn  slow response                                 │",
            "│ 14:05:04 error HTTP 503 from the sessions endpoint, will     │",
            "│                retry with backoff                            │",
            "│                                                              │",
        ])
        #expect(grid.style(of: "error", row: 6) == Theme.defaultDark.style(.messageError).withBackground(of: .overlay))
    }

    @Test func overlayMaxScrollIsTheLastUsefulScroll() {
        var state = RenderFixtures.loaded()
        state.overlay = .help(scroll: 0)
        #expect(DashboardView.overlayMaxScroll(state, keymap: .standard) == 63)
        state.overlay = .help(scroll: 63)
        let last = RenderFixtures.render(state)
        state.overlay = .help(scroll: 999)
        #expect(RenderFixtures.render(state) == last)
        state.overlay = nil
        #expect(DashboardView.overlayMaxScroll(state, keymap: .standard) == 0)
    }

    @Test func theHelpListsEveryColonCommandFromTheOneTable() {
        var state = RenderFixtures.loaded(width: 120, height: 40)
        state.overlay = .help(scroll: 0)
        let lines = (0...10).flatMap { page -> [String] in
            state.overlay = .help(scroll: page * 20)
            return RenderFixtures.render(state).lines
        }
        for command in DashboardCommand.all {
            #expect(lines.contains { $0.contains(command.usage) }, "\(command.usage) is missing from the help")
        }
    }
}
