import Foundation
import GoToAssistAPI
import Testing
@testable import DashboardCore

/// Pane switching, overlays and the command line.
struct NavigationTests {
    @Test func tabAndNumbersSwitchPanes() {
        var h = ReducerHarness()
        h.send(.paneCycleKeyPressed(forward: true))
        #expect(h.state.focus == .companies)
        h.send(.paneCycleKeyPressed(forward: true))
        #expect(h.state.focus == .recordings)
        h.send(.paneCycleKeyPressed(forward: true))
        #expect(h.state.focus == .sessions)
        h.send(.paneCycleKeyPressed(forward: false))
        #expect(h.state.focus == .recordings)
        h.send(.paneKeyPressed(.sessions))
        #expect(h.state.focus == .sessions)
    }

    @Test func enterOpensTheDetailOfTheSelectedRowAndEscClosesIt() {
        var h = ReducerHarness()
        h.send(.appStarted)
        h.send(.sessionsResponse(.success([SessionFixtures.session(5), SessionFixtures.session(6)])))
        h.send(.movementKeyPressed(.down))
        h.send(.detailKeyPressed)
        #expect(h.state.overlay == .detail(pane: .sessions, key: "id:6", scroll: 0))
        h.send(.movementKeyPressed(.down))
        #expect(h.state.overlay == .detail(pane: .sessions, key: "id:6", scroll: 1))
        #expect(h.state.sessions.table.selectedRow?.sessionId == "6")
        h.send(.escapePressed)
        #expect(h.state.overlay == nil)
    }

    @Test func helpTogglesAndEscCloses() {
        var h = ReducerHarness()
        h.send(.helpKeyPressed)
        #expect(h.state.overlay == .help(scroll: 0))
        h.send(.helpKeyPressed)
        #expect(h.state.overlay == nil)
        h.send(.helpKeyPressed)
        h.send(.escapePressed)
        #expect(h.state.overlay == nil)
    }

    @Test func commandLineSwitchesPanesAndKeepsHistory() {
        var h = ReducerHarness()
        for command in ["companies", "recordings"] {
            h.send(.commandKeyPressed)
            h.send(.commandLineEdited(command))
            h.send(.commandSubmitted)
        }
        #expect(h.state.focus == .recordings)
        #expect(h.state.commandLine.history == ["companies", "recordings"])
        h.send(.commandKeyPressed)
        h.send(.commandHistoryBrowsed(older: true))
        #expect(h.state.commandLine.text == "recordings")
        h.send(.commandHistoryBrowsed(older: true))
        #expect(h.state.commandLine.text == "companies")
        h.send(.commandHistoryBrowsed(older: false))
        h.send(.commandHistoryBrowsed(older: false))
        #expect(h.state.commandLine.text == "")
        h.send(.escapePressed)
        #expect(!h.state.commandLine.isActive)
    }

    @Test func windowCommandChangesTheWindowAndRefreshes() {
        var h = ReducerHarness()
        h.send(.commandKeyPressed)
        h.send(.commandLineEdited("window 30d"))
        let effect = h.send(.commandSubmitted)
        #expect(h.state.window == .month)
        #expect(effect.runIDs.contains(.refresh(.sessions)))
        h.send(.commandKeyPressed)
        h.send(.commandLineEdited("window 1y"))
        h.send(.commandSubmitted)
        #expect(h.state.messages.entries.last?.text == ":window takes 24h, 7d or 30d (got 1y)")
    }

    @Test func themeCommandLoadsTheThemeOrReportsWhyNot() async {
        var h = ReducerHarness()
        h.send(.commandKeyPressed)
        h.send(.commandLineEdited("theme light"))
        let effect = h.send(.commandSubmitted)
        var sent: [DashboardAction] = []
        if case .task(nil, let operation) = effect {
            let box = ActionBox()
            await operation(Send { _ = box.append($0) })
            sent = box.actions
        }
        #expect(sent == [.themeLoaded(name: "light", error: nil)])
        h.send(sent[0])
        #expect(h.state.themeName == "light")
        h.send(.themeLoaded(name: "missing", error: "no theme named missing"))
        #expect(h.state.themeName == "light")
        #expect(h.state.messages.entries.last?.level == .error)
    }

    @Test func unknownCommandsSayHowToGetHelp() {
        var h = ReducerHarness()
        h.send(.commandKeyPressed)
        h.send(.commandLineEdited("frobnicate"))
        h.send(.commandSubmitted)
        #expect(h.state.messages.entries.last?.text == "unknown command :frobnicate (try :help)")
    }

    @Test func quitCancelsEverything() {
        var h = ReducerHarness()
        h.send(.appStarted)
        let effect = h.send(.quitPressed)
        #expect(h.state.shouldQuit)
        #expect(effect.cancelledIDs.contains(.refresh(.sessions)))
        #expect(effect.cancelledIDs.contains(.clockTick))
        let viaCommand = { () -> Bool in
            var other = ReducerHarness()
            other.send(.commandKeyPressed)
            other.send(.commandLineEdited("q"))
            other.send(.commandSubmitted)
            return other.state.shouldQuit
        }()
        #expect(viaCommand)
    }
}

/// Overlays scroll within their text.
struct OverlayScrollTests {
    @Test func scrollingStopsAtTheEndAndTheLogOpensAtTheNewest() {
        var h = ReducerHarness()
        let clamped = DashboardReducer(environment: h.reducer.environment, overlayMaxScroll: { _ in 7 })
        var state = h.state
        _ = clamped.reduce(&state, .messageLogKeyPressed)
        #expect(state.overlay == .messageLog(scroll: 7))
        _ = clamped.reduce(&state, .movementKeyPressed(.pageDown))
        #expect(state.overlay == .messageLog(scroll: 7))
        _ = clamped.reduce(&state, .movementKeyPressed(.up))
        #expect(state.overlay == .messageLog(scroll: 6))
        h.state = state
    }
}
