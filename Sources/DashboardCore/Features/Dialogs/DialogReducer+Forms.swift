import Foundation
import GoToAssistAPI

/// Opening and submitting dialogs, and the lookups they start with.
extension DialogReducer {
    /// Opens a form for a write, unless read-only mode forbids the write.
    func openForm(_ state: inout DashboardState, _ form: FormState, refusal: String) -> Effect<DashboardAction> {
        if state.settings.readOnly {
            environment.post(&state, .warn, refusal + " (--readonly)")
            return .none
        }
        state.overlay = nil
        state.modals.append(.form(form))
        return .none
    }

    /// Enter: a form asks for confirmation, the ticket panel confirms an association.
    func submit(_ state: inout DashboardState) -> Effect<DashboardAction> {
        switch state.modals.last {
        case .form(let form) where form.kind == .recordingsFilter:
            return RecordingsReducer(environment: environment).submitFilter(&state, form)
        case .form(var form):
            guard form.validate(), let write = form.write else {
                state.modals[state.modals.count - 1] = .form(form)
                return .none
            }
            form.error = nil
            state.modals[state.modals.count - 1] = .form(form)
            return confirm(&state, write)
        case .tickets(var panel):
            if panel.isEditingQuery {
                panel.isEditingQuery = false
                state.modals[state.modals.count - 1] = .tickets(panel)
                return .none
            }
            guard let link = panel.link.value ?? nil, let ticket = panel.selectedTicket else { return .none }
            return confirm(&state, .associateTicket(link: link, sessionId: panel.sessionId, ticket: ticket))
        case .launchURL:
            state.modals.removeLast()
            return .none
        case .machines(let panel):
            // Enter on a machine starts a session on it, as `n` does.
            guard panel.selectedMachine != nil else { return .none }
            return newSession(&state)
        case .confirm, .links, .downloads, nil:
            return .none
        }
    }

    /// Enter on a company: its machines, for unattended sessions.
    func openMachines(_ state: inout DashboardState, key: String) -> Effect<DashboardAction> {
        guard let row = state.companies.table.rows.first(where: { $0.key == key }) else { return .none }
        state.modals.append(.machines(MachinesPanelState(companyId: key, companyName: row.name)))
        let workflows = environment.workflows
        return .request(id: .dialogLoad, { try await workflows.machines(key) }) {
            .dialog(.machinesResponse(companyId: key, $0))
        }
    }

    /// `:links`: the partner links for the configured domain.
    func openLinks(_ state: inout DashboardState) -> Effect<DashboardAction> {
        state.overlay = nil
        guard let domain = state.settings.partnerDomain, !domain.isEmpty else {
            var panel = LinksPanelState(domain: "")
            panel.links = .failed("no partner domain configured: set partner_domain in the config")
            state.modals = [.links(panel)]
            return .none
        }
        state.modals = [.links(LinksPanelState(domain: domain))]
        return loadLinks(domain: domain)
    }

    func loadLinks(domain: String) -> Effect<DashboardAction> {
        let workflows = environment.workflows
        return .request(id: .dialogLoad, { try await workflows.systemLinks(domain) }) {
            .dialog(.linksResponse(domain: domain, $0))
        }
    }

    /// `:browser-link`: a URL that starts a session in a browser, to copy.
    func openBrowserLink(_ state: inout DashboardState) -> Effect<DashboardAction> {
        state.overlay = nil
        state.modals = [.launchURL(LaunchURLState(title: "Start a session in a browser", url: nil))]
        let workflows = environment.workflows
        return .request(id: .dialogLoad, { try await workflows.browserSessionURL() }) { .dialog(.browserLinkResponse($0)) }
    }
}
