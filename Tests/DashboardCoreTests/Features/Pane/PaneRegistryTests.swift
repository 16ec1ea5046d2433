import Foundation
import Testing
@testable import DashboardCore

/// The registry is the one list of panes: keys, Tab order, :name, layout and polling follow it.
struct PaneRegistryTests {
    @Test func panesAreNumberedAndCycledInRegistryOrder() {
        #expect(PaneID.allCases == [.sessions, .companies, .recordings])
        #expect(PaneRegistry.ids.map(\.number) == [1, 2, 3])
        #expect(PaneID.recordings.cycled(forward: true) == .sessions)
        #expect(PaneID.sessions.cycled(forward: false) == .recordings)
        #expect(PaneID(rawValue: "companies") == .companies)
        #expect(PaneID(rawValue: "team") == nil)
    }

    @Test func digitKeysAndFocusCommandsComeFromTheRegistry() {
        for pane in PaneRegistry.ids {
            #expect(KeyMap.standard.command(for: .character(Character(String(pane.number)))) == .focus(pane))
            #expect(KeyCommand(rawValue: pane.rawValue) == .focus(pane))
            #expect(KeyCommand.focus(pane).summary == "\(pane.title) pane")
        }
    }

    @Test func everyPaneHasItsOwnTickSlotAndAnIntervalFromTheSettings() {
        let slots = PaneRegistry.all.map(\.tickSlot)
        #expect(Set(slots).count == slots.count)
        #expect(!slots.contains(0), "the clock steps at :00")
        let settings = DashboardSettings(sessionsInterval: 7, companiesInterval: 70, recordingsInterval: 90)
        #expect(PaneRegistry.ids.map { settings.interval(for: $0) } == [7, 70, 90])
    }

    @Test func theGenericPaneFiltersSortsAndMovesEveryPane() {
        for pane in PaneRegistry.ids {
            var h = ReducerHarness(width: 80, height: 24)
            h.send(.app(.paneKeyPressed(pane)))
            h.send(.pane(pane, .filterKeyPressed))
            #expect(h.state.table(pane).isEditingFilter)
            h.send(.pane(pane, .filterEdited(.insert("zz"))))
            #expect(h.state.table(pane).filter == "zz")
            h.send(.pane(pane, .filterCleared))
            #expect(h.state.table(pane).filter.isEmpty)
            #expect(!h.state.table(pane).isEditingFilter)
            let before = h.state.table(pane).sortColumn
            h.send(.pane(pane, .sortKeyPressed))
            #expect(h.state.table(pane).sortColumn != before)
        }
    }

    @Test func pageSizesComeFromTheOneLayout() {
        var h = ReducerHarness(width: 80, height: 24)
        h.send(.app(.appStarted))
        for pane in PaneRegistry.ids {
            #expect(h.state.table(pane).pageSize == ScreenLayout.tableHeight(for: pane, width: 80, height: 24))
        }
        h.send(.app(.terminalResized(width: 120, height: 40)))
        #expect(h.state.sessions.table.pageSize == ScreenLayout.tableHeight(for: .sessions, width: 120, height: 40))
    }
}
