import Foundation
import GoToAssistAPI
import Testing
@testable import DashboardCore

/// Pane switching, overlays and the command line, on a `TestStore`: every key's change to the
/// state asserted, and what a switch starts (the fetches of panes it opens) received.
@MainActor
@Suite struct NavigationTests {
    @Test func tabAndNumbersSwitchPanes() async {
        let nav = NavSetup()
        let store = nav.store
        // The first switch on the wide screen opens every pane's polling.
        await store.send(.app(.paneCycleKeyPressed(forward: true))) {
            $0.focus = .companies
            NavFixtures.setPageSizes(&$0, width: 120, height: 40)
            $0.sessions.refresh.begin(at: nav.start)
            $0.companies.refresh.begin(at: nav.start)
            $0.recordings.refresh.nextDue = nav.at(2)
        }
        await nav.receiveInAnyOrder([
            (.sessions(.response(.success([]))), { NavFixtures.sessionsLoaded(&$0, [], now: nav.start) }),
            (.companies(.response(offset: 0, .success(NavFixtures.noCompanies))), {
                NavFixtures.companiesLoaded(&$0, NavFixtures.noCompanies, now: nav.start)
            }),
        ])
        await store.send(.app(.paneCycleKeyPressed(forward: true))) { $0.focus = .recordings }
        await store.send(.app(.paneCycleKeyPressed(forward: true))) { $0.focus = .sessions }
        await store.send(.app(.paneCycleKeyPressed(forward: false))) { $0.focus = .recordings }
        await store.send(.app(.paneKeyPressed(.sessions))) { $0.focus = .sessions }
        await nav.quitAndFinish()
    }

    @Test func enterOpensTheDetailOfTheSelectedRowAndEscClosesIt() async {
        let nav = NavSetup(width: 80, height: 24)
        let store = nav.store
        let sessions = [SessionFixtures.session(5), SessionFixtures.session(6)]
        nav.api.set(sessions: .success(sessions))
        nav.workflows.events["6"] = []
        await store.send(.app(.appStarted)) {
            NavFixtures.setPageSizes(&$0, width: 80, height: 24)
            $0.sessions.refresh.begin(at: nav.start)
        }
        await store.receive(.sessions(.response(.success(sessions)))) {
            NavFixtures.sessionsLoaded(&$0, sessions, now: nav.start)
        }
        await store.send(.pane(.sessions, .moved(.down))) { $0.sessions.table.move(.down, now: nav.start) }
        // Enter opens the detail and loads the session's transcript.
        await store.send(.pane(.sessions, .detailKeyPressed)) {
            $0.overlay = .detail(pane: .sessions, key: "id:6", scroll: 0)
            $0.sessions.transcript = TranscriptState(sessionId: "6")
        }
        await store.receive(.sessions(.transcriptResponse(sessionId: "6", .success([])))) {
            $0.sessions.transcript?.events = .loaded([])
        }
        // Movement keys now scroll the detail, not the table.
        await store.send(.app(.overlayScrolled(.down))) { $0.overlay = .detail(pane: .sessions, key: "id:6", scroll: 1) }
        #expect(store.state.sessions.table.selectedRow?.sessionId == "6")
        await store.send(.app(.escapePressed)) { $0.overlay = nil }
        await nav.quitAndFinish()
    }

    @Test func helpTogglesAndEscCloses() async {
        let store = NavSetup().store
        await store.send(.app(.helpKeyPressed)) { $0.overlay = .help(scroll: 0) }
        await store.send(.app(.helpKeyPressed)) { $0.overlay = nil }
        await store.send(.app(.helpKeyPressed)) { $0.overlay = .help(scroll: 0) }
        await store.send(.app(.escapePressed)) { $0.overlay = nil }
        await store.finish()
    }

    @Test func commandLineSwitchesPanesAndKeepsHistory() async {
        let nav = NavSetup(width: 80, height: 24)
        let store = nav.store
        await nav.run("companies") { NavSetup.focused(&$0, .companies, at: nav.start) }
        await store.receive(.companies(.response(offset: 0, .success(NavFixtures.noCompanies)))) {
            NavFixtures.companiesLoaded(&$0, NavFixtures.noCompanies, now: nav.start)
        }
        await nav.run("recordings") {
            $0.focus = .recordings
            $0.companies.refresh.nextDue = nil
            $0.recordings.refresh.nextDue = nav.at(2)
        }
        #expect(store.state.focus == .recordings)
        #expect(store.state.commandLine.history == ["companies", "recordings"])
        await store.send(.commandLine(.opened)) { $0.commandLine.isActive = true }
        await store.send(.commandLine(.historyBrowsed(older: true))) {
            $0.commandLine.historyIndex = 1
            $0.commandLine.line = LineEditor("recordings", limit: 500)
        }
        await store.send(.commandLine(.historyBrowsed(older: true))) {
            $0.commandLine.historyIndex = 0
            $0.commandLine.line = LineEditor("companies", limit: 500)
        }
        await store.send(.commandLine(.historyBrowsed(older: false))) {
            $0.commandLine.historyIndex = 1
            $0.commandLine.line = LineEditor("recordings", limit: 500)
        }
        await store.send(.commandLine(.historyBrowsed(older: false))) {
            $0.commandLine.historyIndex = nil
            $0.commandLine.line = LineEditor(limit: 500)
        }
        #expect(store.state.commandLine.text == "")
        await store.send(.commandLine(.cancelled)) { $0.commandLine.isActive = false }
        await nav.quitAndFinish()
    }

    @Test func windowCommandChangesTheWindowAndRefreshes() async {
        let nav = NavSetup()
        let store = nav.store
        await nav.run("window 30d") {
            $0.settings.window = .month
            $0.messages.post(.info, "sessions window 30d", at: nav.start)
            $0.sessions.refresh.begin(at: nav.start)
        }
        await store.receive(.sessions(.response(.success([])))) {
            NavFixtures.sessionsLoaded(&$0, [], now: nav.start, window: .month)
        }
        #expect(store.state.window == .month)
        #expect(nav.api.sessionCalls.count == 1)
        await nav.run("window 1y") { $0.messages.post(.error, ":window takes 24h, 7d or 30d (got 1y)", at: nav.start) }
        #expect(store.state.messages.entries.last?.text == ":window takes 24h, 7d or 30d (got 1y)")
        await nav.quitAndFinish()
    }

    @Test func themeCommandLoadsTheThemeOrReportsWhyNot() async {
        let nav = NavSetup()
        let store = nav.store
        await nav.run("theme light")
        await store.receive(.app(.themeLoaded(name: "light", error: nil))) {
            $0.settings.themeName = "light"
            $0.messages.post(.info, "theme light", at: nav.start)
        }
        #expect(nav.api.themeRequests == ["light"])
        #expect(store.state.themeName == "light")
        await store.send(.app(.themeLoaded(name: "missing", error: "no theme named missing"))) {
            $0.messages.post(.error, "no theme named missing", at: nav.start)
        }
        #expect(store.state.themeName == "light")
        #expect(store.state.messages.entries.last?.level == .error)
        await store.finish()
    }

    @Test func unknownCommandsSayHowToGetHelp() async {
        let nav = NavSetup()
        await nav.run("frobnicate") { $0.messages.post(.error, "unknown command :frobnicate (try :help)", at: nav.start) }
        #expect(nav.store.state.messages.entries.last?.text == "unknown command :frobnicate (try :help)")
        await nav.store.finish()
    }

    @Test func quitCancelsEverything() async {
        // The first fetch is still waiting for the server when `q` is pressed.
        let gate = NavGate()
        let nav = NavSetup.holdingSessions(gate)
        let store = nav.store
        await nav.startStacked()
        await store.send(.app(.quitPressed)) { $0.shouldQuit = true }
        // The refresh was cancelled: its answer never lands; the clock no longer ticks.
        gate.open()
        await nav.clock.advance(by: .seconds(2))
        await nav.expectNothingReceived()
        await store.finish()
        #expect(nav.api.sessionCalls.count == 1)

        let viaCommand = NavSetup()
        await viaCommand.run("q") { $0.shouldQuit = true }
        #expect(viaCommand.store.state.shouldQuit)
        await viaCommand.store.finish()
    }
}

/// Overlays scroll within their text.
@MainActor
@Suite struct OverlayScrollTests {
    @Test func scrollingStopsAtTheEndAndTheLogOpensAtTheNewest() async {
        let store = NavSetup().store
        await store.send(.app(.messageLogKeyPressed)) { $0.overlay = .messageLog(scroll: Int.max / 2) }
        // Until the render has measured the log, it opens at "the end"; the measurement clamps it.
        await store.send(.app(.overlayMeasured(maxScroll: 7))) {
            $0.overlayMaxScroll = 7
            $0.overlay = .messageLog(scroll: 7)
        }
        await store.send(.app(.overlayScrolled(.pageDown)))
        #expect(store.state.overlay == .messageLog(scroll: 7))
        await store.send(.app(.overlayScrolled(.up))) { $0.overlay = .messageLog(scroll: 6) }
        await store.finish()
    }
}
