import Foundation
import Testing
@testable import DashboardCore

/// The registry is the one list of panes: keys, Tab order, :name, layout and polling follow it;
/// the generic pane and the page sizes are driven through a `TestStore`, every change asserted.
@MainActor
@Suite struct PaneRegistryTests {
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

    /// Filter, clear and sort on one pane, through the generic pane actions; a Companies
    /// filter or sort also goes to the server, which the fake answers.
    @Test(arguments: PaneRegistry.ids)
    func theGenericPaneFiltersSortsAndMovesEveryPane(_ pane: PaneID) async {
        let nav = NavSetup(width: 80, height: 24)
        let store = nav.store
        let update = PaneRegistry.descriptor(pane).updateTable
        switch pane {
        case .companies:
            await nav.openCompanies()
        case .recordings:
            await store.send(.app(.paneKeyPressed(pane))) {
                $0.focus = pane
                NavFixtures.setPageSizes(&$0, width: 80, height: 24)
                // No account known yet: Recordings try again in 2 s.
                $0.recordings.refresh.nextDue = nav.at(2)
            }
        default:
            await store.send(.app(.paneKeyPressed(pane)))
        }
        await store.send(.pane(pane, .filterKeyPressed)) { update(&$0, .editing(true)) }
        #expect(store.state.table(pane).isEditingFilter)
        await store.send(.pane(pane, .filterEdited(.insert("zz")))) { update(&$0, .editFilter(.insert("zz"))) }
        #expect(store.state.table(pane).filter == "zz")
        await store.send(.pane(pane, .filterCleared)) {
            update(&$0, .editing(false))
            update(&$0, .setFilter(""))
        }
        #expect(store.state.table(pane).filter.isEmpty)
        #expect(!store.state.table(pane).isEditingFilter)
        let before = store.state.table(pane).sortColumn
        let columns = PaneRegistry.descriptor(pane).columns.count
        await store.send(.pane(pane, .sortKeyPressed)) {
            update(&$0, .sortNext(columnCount: columns))
            if pane == .companies {
                $0.companies.sortField = .companyId
                $0.companies.refresh.begin(at: nav.start)
            }
        }
        if pane == .companies {
            await store.receive(.companies(.response(offset: 0, .success(NavFixtures.noCompanies)))) {
                NavFixtures.companiesLoaded(&$0, NavFixtures.noCompanies, now: nav.start)
            }
        }
        #expect(store.state.table(pane).sortColumn != before)
        await nav.quitAndFinish()
    }

    @Test func pageSizesComeFromTheOneLayout() async {
        let nav = NavSetup(width: 80, height: 24)
        let store = nav.store
        await store.send(.app(.appStarted)) {
            $0.sessions.table.pageSize = 17
            $0.companies.table.pageSize = 16
            $0.recordings.table.pageSize = 16
            $0.sessions.refresh.begin(at: nav.start)
        }
        await store.receive(.sessions(.response(.success([])))) { NavFixtures.sessionsLoaded(&$0, [], now: nav.start) }
        for pane in PaneRegistry.ids {
            #expect(store.state.table(pane).pageSize == ScreenLayout.tableHeight(for: pane, width: 80, height: 24))
        }
        // Wider: every pane is open, so Companies fetches and Recordings say they lack an account.
        await store.send(.app(.terminalResized(width: 120, height: 40))) {
            $0.width = 120
            $0.height = 40
            NavFixtures.setPageSizes(&$0, width: 120, height: 40)
            $0.companies.refresh.begin(at: nav.start)
            $0.messages.post(.warn, "Recordings: no account key known yet (no session in the window); "
                             + "set recordings_account_key in the config", at: nav.start)
        }
        await store.receive(.companies(.response(offset: 0, .success(NavFixtures.noCompanies)))) {
            NavFixtures.companiesLoaded(&$0, NavFixtures.noCompanies, now: nav.start)
        }
        #expect(store.state.sessions.table.pageSize == ScreenLayout.tableHeight(for: .sessions, width: 120, height: 40))
        await nav.quitAndFinish()
    }
}
