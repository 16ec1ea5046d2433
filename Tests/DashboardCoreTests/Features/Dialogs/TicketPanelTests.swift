@testable import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// The ticket panel: link lookup, debounced paged search, confirmed association.
struct TicketPanelTests {
    static func harness(readOnly: Bool = false, domain: String? = "helpdesk.example.com") async -> ReducerHarness {
        var h = ReducerHarness(settings: DashboardSettings(readOnly: readOnly, partnerDomain: domain))
        h.api.set(sessions: .success([SessionFixtures.session(1), SessionFixtures.session(2)]))
        await h.sendAndRun(.app(.appStarted), .refresh(.sessions))
        return h
    }

    static func panel(_ h: ReducerHarness) -> TicketPanelState? {
        if case .tickets(let panel) = h.state.modals.last { return panel }
        return nil
    }

    /// Opens the panel on the selected session and lets the link lookup and first search land.
    static func opened() async -> ReducerHarness {
        var h = await harness()
        let link = await h.sendAndRun(.dialog(.ticketKeyPressed), .dialogLoad)
        #expect(link.count == 1)
        let effect = h.send(link[0])
        for action in await effect.actions(of: .ticketSearch) { h.send(action) }
        return h
    }

    @Test func openingFindsTheLinkAndListsTheFirstPage() async {
        let h = await Self.opened()
        let panel = Self.panel(h)
        #expect(panel?.sessionId == h.state.sessions.table.selectedRow?.sessionId)
        #expect(panel?.link.value??.systemName == "Helpdesk")
        #expect(panel?.results.value?.map(\.partnerObject) == (1...10).map { "T-\($0)" })
    }

    @Test func typingSearchesAfterAPauseAndDropsLateAnswers() async {
        var h = await Self.opened()
        h.send(.dialog(.searchKeyPressed))
        let effect = h.send(h.dialogText("Ticket 2"))
        let answers = await effect.actions(of: .ticketSearch)
        #expect(h.clock.sleeps.contains(TicketPanelReducer.ticketSearchDebounce))
        h.send(h.dialogText("Ticket 21"))
        for answer in answers { h.send(answer) }
        #expect(Self.panel(h)?.results == .loading, "an answer for an older query is dropped")
    }

    @Test func pagesMoveByTenAndStopAtTheEnds() async {
        var h = await Self.opened()
        #expect(h.send(.dialog(.pageTurned(forward: false))).runIDs.isEmpty)
        for action in await h.send(.dialog(.pageTurned(forward: true))).actions(of: .ticketSearch) { h.send(action) }
        #expect(Self.panel(h)?.offset == 10)
        #expect(h.workflows.searches.last?.offset == 10)
        #expect(Self.panel(h)?.results.value?.first?.partnerObject == "T-11")
    }

    @Test func enterAsksThenAttachesAndTheRowShowsTheTicket() async {
        var h = await Self.opened()
        h.send(h.moved(.down))
        h.send(.dialog(.submitted))
        guard case .confirm(let confirm) = h.state.modals.last else {
            Issue.record("expected a confirmation")
            return
        }
        let sessionId = h.state.sessions.table.selectedRow?.sessionId ?? ""
        #expect(confirm.write.question == "Attach ticket T-2 to session \(sessionId)?")
        await h.sendAndRun(.dialog(.confirmAnswered(accepted: true)), .write)
        #expect(h.workflows.associations.map(\.partnerObject) == ["T-2"])
        #expect(h.state.modals.isEmpty)
        #expect(h.state.sessions.table.selectedRow?.ticket == "T-2")
    }

    @Test func aRefusedAssociationChangesNothing() async {
        var h = await Self.opened()
        h.workflows.associateError = .notFound(message: "No ticket T-1")
        h.send(.dialog(.submitted))
        await h.sendAndRun(.dialog(.confirmAnswered(accepted: true)), .write)
        #expect(Self.panel(h) != nil, "the panel stays open")
        #expect(h.state.sessions.table.selectedRow?.ticket == "")
        #expect(h.state.messages.entries.last?.text.contains("No ticket T-1") == true)
    }

    @Test func createMakesATicketFromAFormAfterConfirmation() async {
        var h = await Self.opened()
        h.send(.dialog(.createTicketKeyPressed))
        h.send(h.dialogText("Printer on fire"))
        h.send(.dialog(.submitted))
        await h.sendAndRun(.dialog(.confirmAnswered(accepted: true)), .write)
        #expect(h.workflows.created.map(\.title) == ["Printer on fire"])
        #expect(h.state.modals.isEmpty)
        #expect(h.state.sessions.table.selectedRow?.ticket == "NEW-1")
    }

    @Test func withoutALinkThePanelSaysSoAndOffersLinks() async {
        var h = await Self.harness(domain: "other.example.com")
        let link = await h.sendAndRun(.dialog(.ticketKeyPressed), .dialogLoad)
        #expect(link.count == 1)
        #expect(Self.panel(h)?.link == .loaded(nil))
        h.send(.dialog(.createTicketKeyPressed))
        #expect(h.state.messages.entries.last?.text == "no partner-system link for other.example.com; register one with :links")
    }

    @Test func readOnlyMayBrowseButNotAttach() async {
        var h = await Self.harness(readOnly: true)
        let link = await h.sendAndRun(.dialog(.ticketKeyPressed), .dialogLoad)
        for action in await h.send(link[0]).actions(of: .ticketSearch) { h.send(action) }
        h.send(.dialog(.submitted))
        #expect(Self.panel(h) != nil)
        #expect(h.state.messages.entries.last?.text == "read-only: changing ticket links is disabled (--readonly)")
        h.send(.dialog(.createTicketKeyPressed))
        #expect(Self.panel(h) != nil)
        #expect(h.workflows.associations.isEmpty)
    }

    @Test func unattendedStartsNeedAnOnlineMachine() async {
        var h = ReducerHarness()
        h.send(.app(.paneKeyPressed(.companies)))
        h.send(.companies(.response(offset: 0, .success(CompanyPage(
            totalNumCompanies: 1, companies: [Company(companyId: "c1", companyName: "Acme")])))))
        await h.sendAndRun(h.pane(.detailKeyPressed), .dialogLoad)
        guard case .machines(let panel) = h.state.modals.last else {
            Issue.record("Enter on a company lists its machines")
            return
        }
        #expect(panel.machines.value?.count == 2)
        h.send(.dialog(.newSessionKeyPressed))
        #expect(h.state.messages.entries.last?.text.contains("OFFLINE") == true)
        h.send(h.moved(.down))
        h.send(.dialog(.newSessionKeyPressed))
        #expect(StartSessionTests.form(h)?.value("machineUuid") == "m-on")
    }
}
