import Foundation
import GoToAssistAPI
import Testing
@testable import DashboardCore

/// Companies page on the server: every page reachable, search and sort server-side.
struct CompaniesPagingTests {
    static func page(_ range: Range<Int>, total: Int) -> CompanyPage {
        CompanyPage(totalNumCompanies: total, companies: range.map { Company(companyId: String($0), companyName: "Company \($0)") })
    }

    @Test func scrollingNearTheEndLoadsTheNextPage() async {
        var h = ReducerHarness(width: 80, height: 24)
        h.send(.app(.paneKeyPressed(.companies)))
        h.send(.companies(.response(offset: 0, .success(Self.page(0..<50, total: 120)))))
        #expect(h.state.companies.hasMore)
        h.api.companyPages[50] = Self.page(50..<100, total: 120)
        let effect = h.send(h.moved(.bottom))
        #expect(h.state.companies.loadingMore)
        let sent = await effect.actions(of: .refresh(.companies))
        #expect(h.api.companyQueries.last?.offset == 50)
        h.send(sent[0])
        #expect(h.state.companies.loaded.count == 100)
        #expect(h.state.companies.table.rows.count == 100)
        #expect(!h.state.companies.loadingMore)
    }

    @Test func refreshReloadsEveryLoadedPage() async {
        var h = ReducerHarness(width: 80, height: 24)
        h.send(.app(.paneKeyPressed(.companies)))
        h.send(.companies(.response(offset: 0, .success(Self.page(0..<50, total: 120)))))
        h.send(.companies(.response(offset: 50, .success(Self.page(50..<100, total: 120)))))
        h.api.companyPages[0] = Self.page(0..<50, total: 120)
        h.api.companyPages[50] = Self.page(50..<100, total: 120)
        let sent = await h.sendAndRun(h.pane(.refreshKeyPressed), .refresh(.companies))
        #expect(h.api.companyQueries.map(\.offset) == [0, 50])
        if case .companies(.response(0, .success(let page))) = sent.first {
            #expect(page.companies.count == 100)
        } else {
            Issue.record("expected a companies response")
        }
    }

    @Test func filterBecomesAServerSideSearchAfterTheDebounce() async {
        var h = ReducerHarness(width: 80, height: 24)
        h.send(.app(.paneKeyPressed(.companies)))
        h.send(.companies(.response(offset: 0, .success(Self.page(0..<50, total: 120)))))
        h.send(h.pane(.filterKeyPressed))
        let typed = h.send(h.filterText("Company 4"))
        // Loaded rows narrow at once...
        #expect(h.state.companies.table.rows.count == 11)
        // ...and the server search goes out after the debounce.
        let debounced = await typed.actions(of: .companySearchDebounce)
        #expect(h.clock.sleeps.last == CompaniesReducer.searchDebounce)
        #expect(debounced == [.companies(.searchDebounced)])
        let search = h.send(.companies(.searchDebounced))
        _ = await search.actions(of: .refresh(.companies))
        #expect(h.api.companyQueries.last?.search == "Company 4")
        #expect(h.api.companyQueries.last?.offset == 0)
    }

    @Test func sortingAsksTheServer() async {
        var h = ReducerHarness(width: 80, height: 24)
        h.send(.app(.paneKeyPressed(.companies)))
        h.send(.companies(.response(offset: 0, .success(Self.page(0..<10, total: 10)))))
        _ = await h.send(h.pane(.sortKeyPressed)).actions(of: .refresh(.companies))
        #expect(h.api.companyQueries.last?.sortField == .companyId)
        #expect(h.api.companyQueries.last?.sortOrder == .asc)
        _ = await h.send(h.pane(.sortReverseKeyPressed)).actions(of: .refresh(.companies))
        #expect(h.api.companyQueries.last?.sortOrder == .desc)
    }
}
