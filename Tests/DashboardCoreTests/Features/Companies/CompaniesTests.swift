import Foundation
import GoToAssistAPI
import Testing
@testable import DashboardCore

/// Companies page on the server: every page reachable, search and sort server-side. Proves,
/// on a `TestStore` with an advancing clock, which queries go out and what each answer shows;
/// the search goes out only once the 300 ms debounce has run.
@MainActor
@Suite struct CompaniesPagingTests {
    static func page(_ range: Range<Int>, _ total: Int) -> CompanyPage { NavFixtures.companyPage(range, total: total) }

    @Test func scrollingNearTheEndLoadsTheNextPage() async {
        let nav = NavSetup(width: 80, height: 24)
        let store = nav.store
        await nav.openCompanies(Self.page(0..<50, 120))
        #expect(store.state.companies.hasMore)
        nav.api.companyPages[50] = Self.page(50..<100, 120)
        await store.send(.pane(.companies, .moved(.bottom))) {
            $0.companies.table.move(.bottom, now: nav.start)
            $0.companies.loadingMore = true
        }
        let all = Self.page(0..<100, 120).companies
        await store.receive(.companies(.response(offset: 50, .success(Self.page(50..<100, 120))))) {
            $0.companies.loadingMore = false
            $0.companies.loaded = all
            $0.companies.table.setItems(all.map(CompanyRow.init), now: nav.start)
        }
        #expect(nav.api.companyQueries.last?.offset == 50)
        #expect(store.state.companies.loaded.count == 100)
        #expect(store.state.companies.table.rows.count == 100)
        #expect(!store.state.companies.loadingMore)
        await nav.quitAndFinish()
    }

    @Test func refreshReloadsEveryLoadedPage() async {
        let nav = NavSetup(width: 80, height: 24)
        let store = nav.store
        await nav.openCompanies(Self.page(0..<50, 120))
        let all = Self.page(0..<100, 120).companies
        await store.send(.companies(.response(offset: 50, .success(Self.page(50..<100, 120))))) {
            $0.companies.loaded = all
            $0.companies.table.setItems(all.map(CompanyRow.init), now: nav.start)
        }
        nav.api.companyPages[50] = Self.page(50..<100, 120)
        await store.send(.pane(.companies, .refreshKeyPressed)) { $0.companies.refresh.begin(at: nav.start) }
        // Both loaded pages are read again and answered as one.
        await store.receive(.companies(.response(offset: 0, .success(Self.page(0..<100, 120))))) {
            NavFixtures.companiesLoaded(&$0, Self.page(0..<100, 120), now: nav.start)
        }
        #expect(nav.api.companyQueries.dropFirst().map(\.offset) == [0, 50], "after the first page on opening")
        await nav.quitAndFinish()
    }

    @Test func filterBecomesAServerSideSearchAfterTheDebounce() async {
        let nav = NavSetup(width: 80, height: 24)
        let store = nav.store
        await nav.openCompanies(Self.page(0..<50, 120))
        await store.send(.pane(.companies, .filterKeyPressed)) { $0.companies.table.isEditingFilter = true }
        await store.send(.pane(.companies, .filterEdited(.insert("Company 4")))) {
            $0.companies.table.editFilter(.insert("Company 4"))
        }
        // Loaded rows narrow at once...
        #expect(store.state.companies.table.rows.count == 11)
        // ...and the server search goes out after the debounce, not before.
        let matches = CompanyPage(totalNumCompanies: 11, companies: Self.page(0..<50, 120).companies.filter {
            $0.companyName!.hasPrefix("Company 4")
        })
        nav.api.companyPages[0] = matches
        await nav.advance(exactly: CompaniesReducer.searchDebounce)
        #expect(nav.api.companyQueries.count == 1, "no search before the debounce ran out")
        await store.receive(.companies(.searchDebounced)) {
            $0.companies.search = "Company 4"
            $0.companies.loaded = []
            $0.companies.total = 0
            $0.companies.refresh.begin(at: nav.at(0.3))
        }
        await store.receive(.companies(.response(offset: 0, .success(matches)))) {
            NavFixtures.companiesLoaded(&$0, matches, now: nav.at(0.3))
        }
        #expect(nav.api.companyQueries.last?.search == "Company 4")
        #expect(nav.api.companyQueries.last?.offset == 0)
        await nav.quitAndFinish()
    }

    @Test func sortingAsksTheServer() async {
        let nav = NavSetup(width: 80, height: 24)
        let store = nav.store
        let page = Self.page(0..<10, 10)
        await nav.openCompanies(page)
        await store.send(.pane(.companies, .sortKeyPressed)) {
            $0.companies.table.sortByNextColumn(columnCount: 2)
            $0.companies.sortField = .companyId
            $0.companies.loaded = []
            $0.companies.total = 0
            $0.companies.refresh.begin(at: nav.start)
        }
        await store.receive(.companies(.response(offset: 0, .success(page)))) {
            NavFixtures.companiesLoaded(&$0, page, now: nav.start)
        }
        #expect(nav.api.companyQueries.last?.sortField == .companyId)
        #expect(nav.api.companyQueries.last?.sortOrder == .asc)
        await store.send(.pane(.companies, .sortReverseKeyPressed)) {
            $0.companies.table.reverseSort(columnCount: 2)
            $0.companies.descending = true
            $0.companies.loaded = []
            $0.companies.total = 0
            $0.companies.refresh.begin(at: nav.start)
        }
        await store.receive(.companies(.response(offset: 0, .success(page)))) {
            NavFixtures.companiesLoaded(&$0, page, now: nav.start)
        }
        #expect(nav.api.companyQueries.last?.sortOrder == .desc)
        await nav.quitAndFinish()
    }
}
