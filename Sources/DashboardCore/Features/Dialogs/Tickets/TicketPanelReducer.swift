import Foundation
import GoToAssistAPI

/// The ticket panel: the partner link for the domain, then a paged, debounced search.
struct TicketPanelReducer {
    let environment: DashboardEnvironment

    /// How long typing pauses before the search goes out.
    static var ticketSearchDebounce: Double { 0.3 }

    func open(_ state: inout DashboardState) -> Effect<DashboardAction> {
        guard state.focus == .sessions, let key = state.sessions.table.selectedKey,
              let session = state.sessions.session(forKey: key) else {
            environment.post(&state, .info, "select a session in the Sessions pane to attach a ticket")
            return .none
        }
        guard let sessionId = session.sessionId else {
            environment.post(&state, .warn, "this session has no id yet (not started); tickets attach once it has one")
            return .none
        }
        guard let domain = state.settings.partnerDomain, !domain.isEmpty else {
            environment.post(&state, .warn, "no partner domain configured: set partner_domain in the config")
            return .none
        }
        state.overlay = nil
        state.modals.append(.tickets(TicketPanelState(sessionId: sessionId, domain: domain)))
        let workflows = environment.workflows
        return .request(id: .dialogLoad, { try await workflows.systemLinks(domain) }) {
            .dialog(.ticketLinkResponse(domain: domain, $0))
        }
    }

    func ticketLinkResponse(_ state: inout DashboardState, domain: String,
                            _ result: Result<[SystemLink], APIError>) -> Effect<DashboardAction> {
        guard case .tickets(var panel) = state.modals.last, panel.domain == domain else { return .none }
        switch result {
        case .success(let links):
            let link = links.first { $0.systemDomain.caseInsensitiveCompare(domain) == .orderedSame } ?? links.first
            panel.link = .loaded(link)
            state.modals[state.modals.count - 1] = .tickets(panel)
            return link == nil ? .none : search(&state, debounce: false)
        case .failure(let error):
            panel.link = .failed(TextSanitizer.sanitize(error.description))
            state.modals[state.modals.count - 1] = .tickets(panel)
            return .none
        }
    }

    /// Searches with the panel's query and offset; a newer search cancels the one running.
    func search(_ state: inout DashboardState, debounce: Bool) -> Effect<DashboardAction> {
        guard case .tickets(var panel) = state.modals.last, let link = panel.link.value ?? nil else { return .none }
        panel.results = .loading
        state.modals[state.modals.count - 1] = .tickets(panel)
        let (query, offset) = (panel.query, panel.offset)
        let workflows = environment.workflows
        let clock = environment.clock
        // Typing restarts the effect (same id), so the search goes out once the typing pauses;
        // a cancelled wait sends nothing.
        let due = clock.now().addingTimeInterval(debounce ? Self.ticketSearchDebounce : 0)
        return .request(id: .ticketSearch, {
            if debounce { try await clock.sleepUntil(due) }
            return try await workflows.searchTickets(link, query.isEmpty ? nil : query, offset)
        }) { .dialog(.ticketSearchResponse(query: query, offset: offset, $0)) }
    }

    /// The query edited as typed (or pasted); a change searches again after the debounce.
    func edit(_ state: inout DashboardState, _ edit: LineEdit) -> Effect<DashboardAction> {
        guard case .tickets(var panel) = state.modals.last, panel.isEditingQuery else { return .none }
        let before = panel.query
        panel.queryLine.apply(edit)
        guard panel.query != before else { return .none }
        panel.offset = 0
        state.modals[state.modals.count - 1] = .tickets(panel)
        return search(&state, debounce: true)
    }

    /// `c`: the form that creates a ticket for the panel's session.
    func createTicket(_ state: inout DashboardState) -> Effect<DashboardAction> {
        guard case .tickets(let panel) = state.modals.last else { return .none }
        guard let link = panel.link.value ?? nil else {
            environment.post(&state, .warn, "no partner-system link for \(panel.domain); register one with :links")
            return .none
        }
        return FormReducer(environment: environment).open(
            &state, .createTicket(sessionId: panel.sessionId, link: link), refusal: "read-only: changing ticket links is disabled")
    }

    /// Enter: ends editing the query, or asks to attach the selected ticket.
    func submit(_ state: inout DashboardState) -> Effect<DashboardAction> {
        guard case .tickets(var panel) = state.modals.last else { return .none }
        if panel.isEditingQuery {
            panel.isEditingQuery = false
            state.modals[state.modals.count - 1] = .tickets(panel)
            return .none
        }
        guard let link = panel.link.value ?? nil, let ticket = panel.selectedTicket else { return .none }
        return WriteReducer(environment: environment).confirm(
            &state, .associateTicket(link: link, sessionId: panel.sessionId, ticket: ticket))
    }

    /// `[` `]`: the previous or next page of results.
    func turnPage(_ state: inout DashboardState, forward: Bool) -> Effect<DashboardAction> {
        guard case .tickets(var panel) = state.modals.last, panel.link.value != nil else { return .none }
        let count = panel.results.value?.count ?? 0
        if forward && count < PartnerTicketClient.pageSize { return .none }
        if !forward && panel.offset == 0 { return .none }
        panel.offset = max(0, panel.offset + (forward ? 1 : -1) * PartnerTicketClient.pageSize)
        state.modals[state.modals.count - 1] = .tickets(panel)
        return search(&state, debounce: false)
    }

    func ticketSearchResponse(_ state: inout DashboardState, query: String, offset: Int,
                              _ result: Result<[PartnerTicket], APIError>) {
        // Only the answer to what the panel shows now counts; a late one is dropped.
        guard case .tickets(var panel) = state.modals.last, panel.query == query, panel.offset == offset else { return }
        panel.results = DialogStack.loadable(result)
        panel.selected = min(panel.selected, max(0, (panel.results.value?.count ?? 1) - 1))
        state.modals[state.modals.count - 1] = .tickets(panel)
    }
}
