import Foundation
import Testing
@testable import DashboardCore

/// The `:` commands come from one table: the parser runs them, Tab completes them.
struct CommandLineTests {
    static func type(_ text: String, into h: inout ReducerHarness) {
        h.send(.commandLine(.opened))
        h.send(h.commandText(text))
    }

    @Test func tabCompletesAUniqueCommandAndItsSpace() {
        var h = ReducerHarness()
        Self.type("th", into: &h)
        h.send(.commandLine(.completionRequested))
        #expect(h.state.commandLine.text == "theme ")
        #expect(h.state.commandLine.line.cursor == 6)
    }

    @Test func tabCompletesTheCommonStartOfSeveralCommands() {
        var h = ReducerHarness()
        Self.type("recordings-f", into: &h)
        h.send(.commandLine(.completionRequested))
        #expect(h.state.commandLine.text == "recordings-filter ")
        Self.type("b", into: &h)
        h.send(.commandLine(.completionRequested))
        #expect(h.state.commandLine.text == "browser-link ")
        Self.type("c", into: &h)
        h.send(.commandLine(.completionRequested))
        #expect(h.state.commandLine.text == "c", "c is the start of companies and cancel-downloads only")
        #expect(DashboardCommand.completions(of: "c") == ["companies", "cancel-downloads"])
    }

    @Test func everyPaneHasItsColonCommandFromTheRegistry() {
        for pane in PaneRegistry.ids {
            var h = ReducerHarness()
            Self.type(pane.rawValue, into: &h)
            h.send(.commandLine(.submitted))
            #expect(h.state.focus == pane)
        }
    }

    @Test func aliasesRunTheSameCommand() {
        var h = ReducerHarness()
        Self.type("WINDOW 7d", into: &h)
        h.send(.commandLine(.submitted))
        #expect(h.state.settings.window == .week)
        #expect(DashboardCommand.named("q!")?.names.first == "q")
        #expect(DashboardCommand.named("dl")?.names.first == "downloads")
    }

    @Test func anUnknownCommandSaysSoAndChangesNothingElse() {
        var h = ReducerHarness()
        let before = h.state.focus
        Self.type("frobnicate now", into: &h)
        h.send(.commandLine(.submitted))
        #expect(h.state.messages.entries.last?.text == "unknown command :frobnicate (try :help)")
        #expect(h.state.focus == before)
        #expect(h.state.commandLine.history == ["frobnicate now"])
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
