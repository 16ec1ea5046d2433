import Clocks
@testable import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// The ticket panel: link lookup, a paged search debounced on a test clock that advances,
/// confirmed association (one write) and what it leaves on the session's row.
@MainActor
@Suite struct TicketPanelTests {
    static let base = SessionFixtures.base
    static let listed = [SessionFixtures.session(1), SessionFixtures.session(2)]
    static var link: SystemLink { FakeWorkflows().links[0] }

    static func tickets(_ range: ClosedRange<Int>) -> [PartnerTicket] {
        range.map { PartnerTicket(partnerObject: "T-\($0)", title: "Ticket \($0)") }
    }

    /// Started at 80×24 with two sessions listed; session 1 is selected.
    static func harness(readOnly: Bool = false, domain: String? = "helpdesk.example.com") async -> DlgWorld {
        let world = DlgWorld(settings: DashboardSettings(readOnly: readOnly, partnerDomain: domain))
        world.api.set(sessions: .success(listed))
        await world.store.send(.app(.appStarted)) {
            $0.layOutPages()
            $0.sessions.refresh.begin(at: base)
        }
        await world.store.receive(.sessions(.response(.success(listed)))) { $0.sessionsLoaded(listed, at: base) }
        return world
    }

    /// Opens the panel on the selected session and lets the link lookup and first search land.
    static func open(_ world: DlgWorld) async {
        await world.store.send(.dialog(.ticketKeyPressed)) {
            $0.modals = [.tickets(TicketPanelState(sessionId: "1", domain: "helpdesk.example.com"))]
        }
        await world.store.receive(.dialog(.ticketLinkResponse(domain: "helpdesk.example.com", .success([link])))) {
            $0.editTicketPanel {
                $0.link = .loaded(link)
                $0.results = .loading
            }
        }
        await world.store.receive(.dialog(.ticketSearchResponse(query: "", offset: 0, .success(tickets(1...10))))) {
            $0.editTicketPanel { $0.results = .loaded(tickets(1...10)) }
        }
    }

    static func opened() async -> DlgWorld {
        let world = await harness()
        await open(world)
        return world
    }

    /// Session 1's row as the ticket write leaves it, and the server's list from then on.
    static func attached(_ ticket: String, _ world: DlgWorld) -> [Session] {
        var first = SessionFixtures.session(1)
        first.partnerObject = ticket
        let after = [first, SessionFixtures.session(2)]
        world.api.set(sessions: .success(after))
        return after
    }

    /// The refresh a write from here asks for: an update since 15 minutes back, rows as they are.
    static func receiveRefreshAfterWrite(_ world: DlgWorld, _ after: [Session]) async {
        await world.store.receive(.sessions(.updateResponse(since: base.addingTimeInterval(-900), .success(after)))) {
            $0.sessions.refresh.inFlight = false
            $0.sessions.refresh.nextDue = base.addingTimeInterval(5)
        }
    }

    @Test func openingFindsTheLinkAndListsTheFirstPage() async {
        let world = await Self.opened()
        let panel = world.store.state.ticketPanel
        #expect(panel?.sessionId == world.store.state.sessions.table.selectedRow?.sessionId)
        #expect(panel?.link.value??.systemName == "Helpdesk")
        #expect(panel?.results.value?.map(\.partnerObject) == (1...10).map { "T-\($0)" })
        #expect(world.workflows.searches.count == 1)
        await world.quit()
    }

    @Test func typingSearchesAfterAPauseAndDropsLateAnswers() async {
        let world = await Self.opened()
        await world.store.send(.dialog(.searchKeyPressed)) { $0.editTicketPanel { $0.isEditingQuery = true } }
        await world.store.send(.dialog(.textEdited(.insert("Ticket 2")))) {
            $0.editTicketPanel {
                $0.queryLine.apply(.insert("Ticket 2"))
                $0.results = .loading
            }
        }
        await world.clock.advance(by: .milliseconds(299))
        #expect(world.store.received.isEmpty, "no search before the pause")
        // Another letter restarts the debounce: the pause counts from it.
        await world.store.send(.dialog(.textEdited(.insert("1")))) { $0.editTicketPanel { $0.queryLine.apply(.insert("1")) } }
        await world.clock.advance(by: .milliseconds(299))
        #expect(world.store.received.isEmpty, "300 ms after the first letter, but not after the last")
        #expect(world.workflows.searches.count == 1, "only the first page's search went out")
        // An answer for an older query, arriving late, is dropped.
        await world.store.send(.dialog(.ticketSearchResponse(query: "Ticket 2", offset: 0, .success(Self.tickets(2...2)))))
        #expect(world.store.state.ticketPanel?.results == .loading, "an answer for an older query is dropped")
        await world.clock.advance(by: .milliseconds(1))
        await world.store.receive(.dialog(.ticketSearchResponse(query: "Ticket 21", offset: 0, .success(Self.tickets(21...21))))) {
            $0.editTicketPanel { $0.results = .loaded(Self.tickets(21...21)) }
        }
        #expect(world.workflows.searches.map(\.query) == [nil, "Ticket 21"], "one search, for the query as it stood")
        #expect(TicketPanelReducer.ticketSearchDebounce == 0.3)
        await world.quit()
    }

    @Test func pagesMoveByTenAndStopAtTheEnds() async {
        let world = await Self.opened()
        // Back from the first page: nothing changes and nothing is asked.
        await world.store.send(.dialog(.pageTurned(forward: false)))
        await world.store.send(.dialog(.pageTurned(forward: true))) {
            $0.editTicketPanel {
                $0.offset = 10
                $0.results = .loading
            }
        }
        await world.store.receive(.dialog(.ticketSearchResponse(query: "", offset: 10, .success(Self.tickets(11...20))))) {
            $0.editTicketPanel { $0.results = .loaded(Self.tickets(11...20)) }
        }
        #expect(world.store.state.ticketPanel?.offset == 10)
        #expect(world.workflows.searches.map(\.offset) == [0, 10])
        #expect(world.store.state.ticketPanel?.results.value?.first?.partnerObject == "T-11")
        await world.quit()
    }

    @Test func enterAsksThenAttachesAndTheRowShowsTheTicket() async {
        let world = await Self.opened()
        await world.store.send(.dialog(.moved(.down))) { $0.editTicketPanel { $0.selected = 1 } }
        let write = WriteRequest.associateTicket(link: Self.link, sessionId: "1", ticket: Self.tickets(2...2)[0])
        await world.store.send(.dialog(.submitted)) { $0.modals.append(.confirm(ConfirmState(write: write))) }
        #expect(write.question == "Attach ticket T-2 to session 1?")
        let after = Self.attached("T-2", world)
        await world.store.send(.dialog(.confirmAnswered(accepted: true))) { $0.markConfirmSending() }
        await world.store.receive(.dialog(.writeResponse(write, .success(.ticketAttached(Self.tickets(2...2)[0]))))) {
            $0.modals = []
            $0.sessions.table.setItems(DashboardState.rows(after), now: Self.base)
            $0.messages.post(.info, "ticket T-2 attached to session 1", at: Self.base)
            $0.sessions.refresh.begin(at: Self.base)
        }
        #expect(world.store.state.sessions.table.selectedRow?.ticket == "T-2")
        await Self.receiveRefreshAfterWrite(world, after)
        #expect(world.workflows.associations.map(\.partnerObject) == ["T-2"], "one write")
        #expect(world.store.state.modals.isEmpty)
        #expect(world.store.state.sessions.table.selectedRow?.ticket == "T-2")
        await world.quit()
    }

    @Test func aRefusedAssociationChangesNothing() async {
        let world = await Self.opened()
        world.workflows.associateError = .notFound(message: "No ticket T-1")
        let write = WriteRequest.associateTicket(link: Self.link, sessionId: "1", ticket: Self.tickets(1...1)[0])
        await world.store.send(.dialog(.submitted)) { $0.modals.append(.confirm(ConfirmState(write: write))) }
        await world.store.send(.dialog(.confirmAnswered(accepted: true))) { $0.markConfirmSending() }
        let text = TextSanitizer.sanitize(APIError.notFound(message: "No ticket T-1").description)
        await world.store.receive(.dialog(.writeResponse(write, .failure(.notFound(message: "No ticket T-1"))))) {
            $0.modals.removeLast()
            $0.messages.post(.error, "attach ticket failed: \(text)", at: Self.base)
        }
        #expect(world.store.state.ticketPanel != nil, "the panel stays open")
        #expect(world.store.state.sessions.table.selectedRow?.ticket == "")
        #expect(world.store.state.messages.entries.last?.text.contains("No ticket T-1") == true)
        await world.quit()
        #expect(world.workflows.associations.isEmpty)
    }

    @Test func createMakesATicketFromAFormAfterConfirmation() async {
        let world = await Self.opened()
        await world.store.send(.dialog(.createTicketKeyPressed)) {
            $0.modals.append(.form(.createTicket(sessionId: "1", link: Self.link)))
        }
        await world.typeInForm("Printer on fire")
        let write = WriteRequest.createTicket(link: Self.link, sessionId: "1", title: "Printer on fire", body: "")
        await world.store.send(.dialog(.submitted)) { $0.modals.append(.confirm(ConfirmState(write: write))) }
        let after = Self.attached("NEW-1", world)
        await world.store.send(.dialog(.confirmAnswered(accepted: true))) { $0.markConfirmSending() }
        let created = PartnerTicket(partnerObject: "NEW-1", title: "Printer on fire")
        await world.store.receive(.dialog(.writeResponse(write, .success(.ticketAttached(created))))) {
            $0.modals = []
            $0.sessions.table.setItems(DashboardState.rows(after), now: Self.base)
            $0.messages.post(.info, "ticket NEW-1 attached to session 1", at: Self.base)
            $0.sessions.refresh.begin(at: Self.base)
        }
        await Self.receiveRefreshAfterWrite(world, after)
        #expect(world.workflows.created.map(\.title) == ["Printer on fire"], "one write")
        #expect(world.store.state.modals.isEmpty)
        #expect(world.store.state.sessions.table.selectedRow?.ticket == "NEW-1")
        await world.quit()
    }

    @Test func withoutALinkThePanelSaysSoAndOffersLinks() async {
        let world = await Self.harness(domain: "other.example.com")
        await world.store.send(.dialog(.ticketKeyPressed)) {
            $0.modals = [.tickets(TicketPanelState(sessionId: "1", domain: "other.example.com"))]
        }
        await world.store.receive(.dialog(.ticketLinkResponse(domain: "other.example.com", .success([])))) {
            $0.editTicketPanel { $0.link = .loaded(nil) }
        }
        #expect(world.store.state.ticketPanel?.link == .loaded(nil))
        let text = "no partner-system link for other.example.com; register one with :links"
        await world.store.send(.dialog(.createTicketKeyPressed)) { $0.messages.post(.warn, text, at: Self.base) }
        #expect(world.store.state.messages.entries.last?.text == text)
        await world.quit()
        #expect(world.workflows.searches.isEmpty, "no link, no search")
    }

    @Test func readOnlyMayBrowseButNotAttach() async {
        let world = await Self.harness(readOnly: true)
        await Self.open(world)
        let refusal = "read-only: changing ticket links is disabled (--readonly)"
        await world.store.send(.dialog(.submitted)) { $0.messages.post(.warn, refusal, at: Self.base) }
        #expect(world.store.state.ticketPanel != nil)
        #expect(world.store.state.messages.entries.last?.text == refusal)
        await world.store.send(.dialog(.createTicketKeyPressed)) { $0.messages.post(.warn, refusal, at: Self.base) }
        #expect(world.store.state.ticketPanel != nil)
        await world.quit()
        #expect(world.workflows.associations.isEmpty)
    }

    @Test func unattendedStartsNeedAnOnlineMachine() async {
        let world = DlgWorld()
        let acme = CompanyPage(totalNumCompanies: 1, companies: [Company(companyId: "c1", companyName: "Acme")])
        world.api.companyPages[0] = acme
        await world.store.send(.app(.paneKeyPressed(.companies))) {
            $0.focus = .companies
            $0.layOutPages()
            $0.companies.refresh.begin(at: Self.base)
        }
        await world.store.receive(.companies(.response(offset: 0, .success(acme)))) {
            $0.companies.refresh.inFlight = false
            $0.companies.loaded = acme.companies
            $0.companies.total = 1
            $0.companies.table.setItems(acme.companies.map(CompanyRow.init), now: Self.base)
            $0.companies.refresh.lastSuccess = Self.base
            $0.companies.refresh.nextDue = Self.base.addingTimeInterval(60)
        }
        await world.store.send(.pane(.companies, .detailKeyPressed)) {
            $0.modals = [.machines(MachinesPanelState(companyId: "c1", companyName: "Acme"))]
        }
        let machines = [
            Machine(machineUuid: "m-off", machineName: "Old PC", machineStatus: "OFFLINE"),
            Machine(machineUuid: "m-on", machineName: "Front desk", machineStatus: "ONLINE"),
        ]
        await world.store.receive(.dialog(.machinesResponse(companyId: "c1", .success(machines)))) {
            guard case .machines(var panel) = $0.modals.last else { return }
            panel.machines = .loaded(machines)
            $0.modals = [.machines(panel)]
        }
        guard case .machines(let panel) = world.store.state.modals.last else {
            Issue.record("Enter on a company lists its machines")
            return
        }
        #expect(panel.machines.value?.count == 2)
        await world.store.send(.dialog(.newSessionKeyPressed)) {
            $0.messages.post(.warn, "Old PC is OFFLINE; unattended sessions need an online machine", at: Self.base)
        }
        #expect(world.store.state.messages.entries.last?.text.contains("OFFLINE") == true)
        await world.store.send(.dialog(.moved(.down))) {
            guard case .machines(var panel) = $0.modals.last else { return }
            panel.selected = 1
            $0.modals = [.machines(panel)]
        }
        await world.store.send(.dialog(.newSessionKeyPressed)) {
            $0.modals.append(.form(.startSession(machine: machines[1])))
        }
        #expect(world.store.state.topForm?.value("machineUuid") == "m-on")
        await world.quit()
    }
}
