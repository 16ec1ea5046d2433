import Foundation
import GoToAssistAPI
import Testing
@testable import DashboardCore

/// Pane switching, overlays and the command line.
struct NavigationTests {
    @Test func tabAndNumbersSwitchPanes() {
        var h = ReducerHarness()
        h.send(.app(.paneCycleKeyPressed(forward: true)))
        #expect(h.state.focus == .companies)
        h.send(.app(.paneCycleKeyPressed(forward: true)))
        #expect(h.state.focus == .recordings)
        h.send(.app(.paneCycleKeyPressed(forward: true)))
        #expect(h.state.focus == .sessions)
        h.send(.app(.paneCycleKeyPressed(forward: false)))
        #expect(h.state.focus == .recordings)
        h.send(.app(.paneKeyPressed(.sessions)))
        #expect(h.state.focus == .sessions)
    }

    @Test func enterOpensTheDetailOfTheSelectedRowAndEscClosesIt() {
        var h = ReducerHarness()
        h.send(.app(.appStarted))
        h.send(.sessions(.response(.success([SessionFixtures.session(5), SessionFixtures.session(6)]))))
        h.send(h.moved(.down))
        h.send(h.pane(.detailKeyPressed))
        #expect(h.state.overlay == .detail(pane: .sessions, key: "id:6", scroll: 0))
        h.send(h.moved(.down))
        #expect(h.state.overlay == .detail(pane: .sessions, key: "id:6", scroll: 1))
        #expect(h.state.sessions.table.selectedRow?.sessionId == "6")
        h.send(h.escape)
        #expect(h.state.overlay == nil)
    }

    @Test func helpTogglesAndEscCloses() {
        var h = ReducerHarness()
        h.send(.app(.helpKeyPressed))
        #expect(h.state.overlay == .help(scroll: 0))
        h.send(.app(.helpKeyPressed))
        #expect(h.state.overlay == nil)
        h.send(.app(.helpKeyPressed))
        h.send(h.escape)
        #expect(h.state.overlay == nil)
    }

    @Test func commandLineSwitchesPanesAndKeepsHistory() {
        var h = ReducerHarness()
        for command in ["companies", "recordings"] {
            h.send(.commandLine(.opened))
            h.send(h.commandText(command))
            h.send(.commandLine(.submitted))
        }
        #expect(h.state.focus == .recordings)
        #expect(h.state.commandLine.history == ["companies", "recordings"])
        h.send(.commandLine(.opened))
        h.send(.commandLine(.historyBrowsed(older: true)))
        #expect(h.state.commandLine.text == "recordings")
        h.send(.commandLine(.historyBrowsed(older: true)))
        #expect(h.state.commandLine.text == "companies")
        h.send(.commandLine(.historyBrowsed(older: false)))
        h.send(.commandLine(.historyBrowsed(older: false)))
        #expect(h.state.commandLine.text == "")
        h.send(h.escape)
        #expect(!h.state.commandLine.isActive)
    }

    @Test func windowCommandChangesTheWindowAndRefreshes() {
        var h = ReducerHarness()
        h.send(.commandLine(.opened))
        h.send(h.commandText("window 30d"))
        let effect = h.send(.commandLine(.submitted))
        #expect(h.state.window == .month)
        #expect(effect.runIDs.contains(.refresh(.sessions)))
        h.send(.commandLine(.opened))
        h.send(h.commandText("window 1y"))
        h.send(.commandLine(.submitted))
        #expect(h.state.messages.entries.last?.text == ":window takes 24h, 7d or 30d (got 1y)")
    }

    @Test func themeCommandLoadsTheThemeOrReportsWhyNot() async {
        var h = ReducerHarness()
        h.send(.commandLine(.opened))
        h.send(h.commandText("theme light"))
        let effect = h.send(.commandLine(.submitted))
        var sent: [DashboardAction] = []
        if case .task(nil, let operation) = effect {
            let box = ActionBox()
            await operation(Send { _ = box.append($0) })
            sent = box.actions
        }
        #expect(sent == [.app(.themeLoaded(name: "light", error: nil))])
        h.send(sent[0])
        #expect(h.state.themeName == "light")
        h.send(.app(.themeLoaded(name: "missing", error: "no theme named missing")))
        #expect(h.state.themeName == "light")
        #expect(h.state.messages.entries.last?.level == .error)
    }

    @Test func unknownCommandsSayHowToGetHelp() {
        var h = ReducerHarness()
        h.send(.commandLine(.opened))
        h.send(h.commandText("frobnicate"))
        h.send(.commandLine(.submitted))
        #expect(h.state.messages.entries.last?.text == "unknown command :frobnicate (try :help)")
    }

    @Test func quitCancelsEverything() {
        var h = ReducerHarness()
        h.send(.app(.appStarted))
        let effect = h.send(.app(.quitPressed))
        #expect(h.state.shouldQuit)
        #expect(effect.cancelledIDs.contains(.refresh(.sessions)))
        #expect(effect.cancelledIDs.contains(.clockTick))
        let viaCommand = { () -> Bool in
            var other = ReducerHarness()
            other.send(.commandLine(.opened))
            other.send(other.commandText("q"))
            other.send(.commandLine(.submitted))
            return other.state.shouldQuit
        }()
        #expect(viaCommand)
    }
}

/// Overlays scroll within their text.
struct OverlayScrollTests {
    @Test func scrollingStopsAtTheEndAndTheLogOpensAtTheNewest() {
        var h = ReducerHarness()
        h.send(.app(.messageLogKeyPressed))
        // Until the render has measured the log, it opens at "the end"; the measurement clamps it.
        h.send(.app(.overlayMeasured(maxScroll: 7)))
        #expect(h.state.overlay == .messageLog(scroll: 7))
        h.send(h.moved(.pageDown))
        #expect(h.state.overlay == .messageLog(scroll: 7))
        h.send(h.moved(.up))
        #expect(h.state.overlay == .messageLog(scroll: 6))
    }
}
