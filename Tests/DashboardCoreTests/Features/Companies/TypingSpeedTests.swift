import Foundation
import GoToAssistAPI
import Testing
@testable import DashboardCore

/// Typing speed never turns text into commands: the Companies search debounce searches and
/// leaves the filter being edited, however long the pause between letters.
///
/// On an advancing clock: each letter typed before 300 ms restarts the debounce; once typing
/// pauses for 300 ms `.companies(.searchDebounced)` arrives and the search goes out, and the
/// filter is still being edited, so the letters after the pause are text.
@MainActor
@Suite struct TypingSpeedTests {
    static func companies(_ names: [String]) -> CompanyPage {
        CompanyPage(totalNumCompanies: names.count,
                    companies: names.enumerated().map { Company(companyId: String($0.offset + 1), companyName: $0.element) })
    }

    @Test func aPauseAfterTypingSearchesButKeepsEditing() async {
        let nav = NavSetup(width: 80, height: 24)
        let store = nav.store
        await nav.openCompanies(Self.companies(["Acme", "Globex", "Acne Labs"]))
        await store.send(.pane(.companies, .filterKeyPressed)) { $0.companies.table.isEditingFilter = true }
        await store.send(.pane(.companies, .filterEdited(.insert("a")))) { $0.companies.table.editFilter(.insert("a")) }
        // The next letter comes 200 ms later: the debounce starts again from there...
        await nav.clock.advance(by: .milliseconds(200))
        await nav.expectNothingReceived()
        await store.send(.pane(.companies, .filterEdited(.insert("c")))) { $0.companies.table.editFilter(.insert("c")) }
        // ...so at 300 ms after the first letter nothing is searched yet.
        await nav.clock.advance(by: .milliseconds(200))
        await nav.expectNothingReceived()
        #expect(nav.api.companyQueries.count == 1, "only the first page, no search yet")
        // The pause: 300 ms after the last letter the debounce runs out and the search goes out...
        let found = Self.companies(["Acme", "Acne Labs"])
        nav.api.companyPages[0] = found
        await nav.clock.advance(by: .milliseconds(100))
        await store.receive(.companies(.searchDebounced)) {
            $0.companies.search = "ac"
            $0.companies.loaded = []
            $0.companies.total = 0
            $0.companies.refresh.begin(at: nav.at(0.5))
        }
        await store.receive(.companies(.response(offset: 0, .success(found)))) {
            NavFixtures.companiesLoaded(&$0, found, now: nav.at(0.5))
        }
        #expect(nav.api.companyQueries.last?.search == "ac")
        // ...and the filter is still being edited, so the next letters are text.
        #expect(store.state.companies.table.isEditingFilter)
        #expect(store.state.isEditingFilter)
        await store.send(.pane(.companies, .filterEdited(.insert("n")))) { $0.companies.table.editFilter(.insert("n")) }
        #expect(store.state.companies.table.filter == "acn")
        #expect(store.state.modals.isEmpty)
        #expect(!store.state.shouldQuit)
        await nav.quitAndFinish()
    }

    @Test func enterAfterThePauseEndsEditingWithoutASecondSearch() async {
        let nav = NavSetup(width: 80, height: 24)
        let store = nav.store
        await nav.openCompanies()
        await store.send(.pane(.companies, .filterKeyPressed)) { $0.companies.table.isEditingFilter = true }
        await store.send(.pane(.companies, .filterEdited(.insert("ac")))) { $0.companies.table.editFilter(.insert("ac")) }
        await nav.advance(exactly: CompaniesReducer.searchDebounce)
        await store.receive(.companies(.searchDebounced)) {
            $0.companies.search = "ac"
            $0.companies.refresh.begin(at: nav.at(0.3))
        }
        await store.receive(.companies(.response(offset: 0, .success(NavFixtures.noCompanies)))) {
            NavFixtures.companiesLoaded(&$0, NavFixtures.noCompanies, now: nav.at(0.3))
        }
        let searches = nav.api.companyQueries.count
        await store.send(.pane(.companies, .filterSubmitted)) { $0.companies.table.isEditingFilter = false }
        // The same search is not sent twice, now or later.
        await nav.clock.advance(by: .seconds(1))
        await nav.expectNothingReceived()
        #expect(nav.api.companyQueries.count == searches)
        await nav.quitAndFinish()
    }

    @Test func enterBeforeThePauseSearchesAtOnceAndCancelsTheDebounce() async {
        let nav = NavSetup(width: 80, height: 24)
        let store = nav.store
        await nav.openCompanies()
        await store.send(.pane(.companies, .filterKeyPressed)) { $0.companies.table.isEditingFilter = true }
        await store.send(.pane(.companies, .filterEdited(.insert("glo")))) { $0.companies.table.editFilter(.insert("glo")) }
        await nav.clock.advance(by: .milliseconds(100))
        await store.send(.pane(.companies, .filterSubmitted)) {
            $0.companies.table.isEditingFilter = false
            $0.companies.search = "glo"
            $0.companies.refresh.begin(at: nav.at(0.1))
        }
        await store.receive(.companies(.response(offset: 0, .success(NavFixtures.noCompanies)))) {
            NavFixtures.companiesLoaded(&$0, NavFixtures.noCompanies, now: nav.at(0.1))
        }
        #expect(nav.api.companyQueries.last?.search == "glo")
        // The debounce was cancelled: when it would have run out, nothing arrives.
        let searches = nav.api.companyQueries.count
        await nav.clock.advance(by: .milliseconds(500))
        await nav.expectNothingReceived()
        #expect(nav.api.companyQueries.count == searches)
        await nav.quitAndFinish()
    }
}
