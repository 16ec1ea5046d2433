import Foundation
import GoToAssistAPI
import Testing
@testable import DashboardCore

/// Typing speed never turns text into commands: the Companies search debounce searches and
/// leaves the filter being edited, however long the pause between letters.
struct TypingSpeedTests {
    static func companies(_ names: [String]) -> CompanyPage {
        CompanyPage(totalNumCompanies: names.count,
                    companies: names.enumerated().map { Company(companyId: String($0.offset + 1), companyName: $0.element) })
    }

    @Test func aPauseAfterTypingSearchesButKeepsEditing() async {
        var h = ReducerHarness(width: 80, height: 24)
        h.send(.app(.paneKeyPressed(.companies)))
        h.send(.companies(.response(offset: 0, .success(Self.companies(["Acme", "Globex", "Acne Labs"])))))
        h.send(h.pane(.filterKeyPressed))
        h.send(h.filterText("a"))
        let typed = h.send(h.filterText("ac"))
        // The pause: the debounce runs out and the server search goes out...
        let debounced = await typed.actions(of: .companySearchDebounce)
        #expect(h.clock.sleeps.last == CompaniesReducer.searchDebounce)
        #expect(debounced == [.companies(.searchDebounced)])
        h.api.companyPages[0] = Self.companies(["Acme", "Acne Labs"])
        let search = h.send(.companies(.searchDebounced))
        let answer = await search.actions(of: .refresh(.companies))
        #expect(h.api.companyQueries.last?.search == "ac")
        answer.forEach { h.send($0) }
        // ...and the filter is still being edited, so the next letters are text.
        #expect(h.state.companies.table.isEditingFilter)
        #expect(h.state.isEditingFilter)
        h.send(h.filterText("acn"))
        #expect(h.state.companies.table.filter == "acn")
        #expect(h.state.modals.isEmpty)
        #expect(!h.state.shouldQuit)
    }

    @Test func enterAfterThePauseEndsEditingWithoutASecondSearch() async {
        var h = ReducerHarness(width: 80, height: 24)
        h.send(.app(.paneKeyPressed(.companies)))
        h.send(h.pane(.filterKeyPressed))
        _ = await h.send(h.filterText("ac")).actions(of: .companySearchDebounce)
        _ = await h.send(.companies(.searchDebounced)).actions(of: .refresh(.companies))
        let searches = h.api.companyQueries.count
        let submitted = h.send(h.pane(.filterSubmitted))
        #expect(!h.state.companies.table.isEditingFilter)
        #expect(submitted.cancelledIDs.contains(.companySearchDebounce))
        #expect(!submitted.runIDs.contains(.refresh(.companies)), "the same search is not sent twice")
        #expect(h.api.companyQueries.count == searches)
    }

    @Test func enterBeforeThePauseSearchesAtOnceAndCancelsTheDebounce() async {
        var h = ReducerHarness(width: 80, height: 24)
        h.send(.app(.paneKeyPressed(.companies)))
        h.send(h.pane(.filterKeyPressed))
        h.send(h.filterText("glo"))
        let submitted = h.send(h.pane(.filterSubmitted))
        #expect(submitted.cancelledIDs.contains(.companySearchDebounce))
        _ = await submitted.actions(of: .refresh(.companies))
        #expect(h.api.companyQueries.last?.search == "glo")
    }
}
