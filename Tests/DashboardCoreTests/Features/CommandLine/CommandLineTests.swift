import Foundation
import Testing
@testable import DashboardCore

/// The `:` commands come from one table: the parser runs them, Tab completes them. Proves on a
/// `TestStore` what each command line leaves in the state and what its command starts.
@MainActor
@Suite struct CommandLineTests {
    @Test func tabCompletesAUniqueCommandAndItsSpace() async {
        let nav = NavSetup()
        await nav.typeCommand("th")
        await nav.store.send(.commandLine(.completionRequested)) { $0.commandLine.line = LineEditor("theme ", limit: 500) }
        #expect(nav.store.state.commandLine.text == "theme ")
        #expect(nav.store.state.commandLine.line.cursor == 6)
        await nav.store.finish()
    }

    @Test func tabCompletesTheCommonStartOfSeveralCommands() async {
        let nav = NavSetup()
        await nav.typeCommand("recordings-f")
        await nav.store.send(.commandLine(.completionRequested)) {
            $0.commandLine.line = LineEditor("recordings-filter ", limit: 500)
        }
        #expect(nav.store.state.commandLine.text == "recordings-filter ")
        await nav.typeCommand("b")
        await nav.store.send(.commandLine(.completionRequested)) { $0.commandLine.line = LineEditor("browser-link ", limit: 500) }
        #expect(nav.store.state.commandLine.text == "browser-link ")
        await nav.typeCommand("c")
        // Nothing to add: the line stays as typed.
        await nav.store.send(.commandLine(.completionRequested))
        #expect(nav.store.state.commandLine.text == "c", "c is the start of companies and cancel-downloads only")
        #expect(DashboardCommand.completions(of: "c") == ["companies", "cancel-downloads"])
        await nav.store.finish()
    }

    @Test(arguments: PaneRegistry.ids)
    func everyPaneHasItsColonCommandFromTheRegistry(_ pane: PaneID) async {
        let nav = NavSetup(width: 80, height: 24)
        await nav.run(pane.rawValue) { if pane != .sessions { NavSetup.focused(&$0, pane, at: nav.start) } }
        if pane == .companies {
            await nav.store.receive(.companies(.response(offset: 0, .success(NavFixtures.noCompanies)))) {
                NavFixtures.companiesLoaded(&$0, NavFixtures.noCompanies, now: nav.start)
            }
        }
        #expect(nav.store.state.focus == pane)
        await nav.quitAndFinish()
    }

    @Test func aliasesRunTheSameCommand() async {
        let nav = NavSetup()
        await nav.run("WINDOW 7d") {
            $0.settings.window = .week
            $0.messages.post(.info, "sessions window 7d", at: nav.start)
            $0.sessions.refresh.begin(at: nav.start)
        }
        await nav.store.receive(.sessions(.response(.success([])))) {
            NavFixtures.sessionsLoaded(&$0, [], now: nav.start, window: .week)
        }
        #expect(nav.store.state.settings.window == .week)
        #expect(DashboardCommand.named("q!")?.names.first == "q")
        #expect(DashboardCommand.named("dl")?.names.first == "downloads")
        await nav.quitAndFinish()
    }

    @Test func anUnknownCommandSaysSoAndChangesNothingElse() async {
        let nav = NavSetup()
        let before = nav.store.state.focus
        await nav.run("frobnicate now") {
            $0.messages.post(.error, "unknown command :frobnicate (try :help)", at: nav.start)
        }
        #expect(nav.store.state.messages.entries.last?.text == "unknown command :frobnicate (try :help)")
        #expect(nav.store.state.focus == before)
        #expect(nav.store.state.commandLine.history == ["frobnicate now"])
        await nav.store.finish()
    }

    @Test func theHelpAndTheParserShareTheTable() {
        let usages = DashboardCommand.all.map(\.usage)
        #expect(usages.contains(":window 24h|7d|30d"))
        #expect(usages.contains(":theme NAME"))
        #expect(Set(DashboardCommand.all.flatMap(\.names)).count == DashboardCommand.all.flatMap(\.names).count,
                "no name belongs to two commands")
        #expect(DashboardCommand.all.filter(\.isWrite).map(\.usage) == [":new"])
    }
}
