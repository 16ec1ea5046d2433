import Foundation
import GoToAssistAPI

/// The workflow dialogs: opening them, the keys they take while open, and their lookups.
///
/// Dialogs stack (ticket panel → new-ticket form → confirmation); only the top one takes keys,
/// which the key router sends here while any dialog is open.
struct DialogReducer {
    let environment: DashboardEnvironment

    func reduce(_ state: inout DashboardState, _ action: DialogAction) -> Effect<DashboardAction> {
        switch action {
        case .newSessionKeyPressed:
            return newSession(&state)
        case .ticketKeyPressed:
            guard state.modals.isEmpty else { return .none }
            return openTicketPanel(&state)
        case .createTicketKeyPressed:
            guard case .tickets(let panel) = state.modals.last else { return .none }
            guard let link = panel.link.value ?? nil else {
                environment.post(&state, .warn, "no partner-system link for \(panel.domain); register one with :links")
                return .none
            }
            return openForm(&state, .createTicket(sessionId: panel.sessionId, link: link),
                            refusal: "read-only: changing ticket links is disabled")
        case .addLinkKeyPressed:
            guard case .links(let panel) = state.modals.last else { return .none }
            return openForm(&state, .registerLink(domain: panel.domain), refusal: "read-only: registering links is disabled")
        case .copyKeyPressed, .openKeyPressed:
            guard case .launchURL(let launch) = state.modals.last, let url = launch.url else { return .none }
            let workflows = environment.workflows
            let copy = action == .copyKeyPressed
            return .run(id: .clipboard) { send in
                await send(.dialog(.noteReceived(copy ? await workflows.copyToClipboard(url) : await workflows.openURL(url))))
            }
        case .noteReceived(let note):
            updateTop(&state) { if case .launchURL(var launch) = $0 { launch.note = note; $0 = .launchURL(launch) } }
            return .none
        case .textEdited(let edit):
            return self.edit(&state, edit)
        case .focusMoved(let forward):
            updateTop(&state) { if case .form(var form) = $0 { form.moveFocus(forward: forward); $0 = .form(form) } }
            return .none
        case .searchKeyPressed:
            updateTop(&state) { if case .tickets(var panel) = $0 { panel.isEditingQuery = true; $0 = .tickets(panel) } }
            return .none
        case .pageTurned(let forward):
            return turnPage(&state, forward: forward)
        case .submitted:
            return submit(&state)
        case .confirmAnswered(let accepted):
            return answerConfirmation(&state, accepted: accepted)
        case .moved(let movement):
            move(&state, movement)
            return .none
        case .escapePressed:
            return close(&state)
        case .writeResponse(let write, let result):
            return writeResponse(&state, write, result)
        case .ticketLinkResponse(let domain, let result):
            return ticketLinkResponse(&state, domain: domain, result)
        case .ticketSearchResponse(let query, let offset, let result):
            ticketSearchResponse(&state, query: query, offset: offset, result)
            return .none
        case .linksResponse(let domain, let result):
            updateTop(&state) {
                guard case .links(var panel) = $0, panel.domain == domain else { return }
                panel.links = Self.loadable(result)
                panel.selected = min(panel.selected, max(0, (panel.links.value?.count ?? 1) - 1))
                $0 = .links(panel)
            }
            return .none
        case .machinesResponse(let companyId, let result):
            updateTop(&state) {
                guard case .machines(var panel) = $0, panel.companyId == companyId else { return }
                panel.machines = Self.loadable(result)
                $0 = .machines(panel)
            }
            return .none
        case .browserLinkResponse(let result):
            guard case .launchURL(var launch) = state.modals.last, launch.url == nil else { return .none }
            switch result {
            case .success(let url):
                launch.url = url
                state.modals[state.modals.count - 1] = .launchURL(launch)
            case .failure(let error):
                state.modals.removeLast()
                environment.post(&state, .error, "browser link: \(error.description)")
            }
            return .none
        }
    }

    /// `n`: the start-session form; on an online machine of a company's panel, an unattended one.
    func newSession(_ state: inout DashboardState) -> Effect<DashboardAction> {
        if case .machines(let panel) = state.modals.last {
            guard let machine = panel.selectedMachine else { return .none }
            guard machine.isOnline else {
                environment.post(&state, .warn, "\(machine.machineName ?? machine.machineUuid) is \(machine.machineStatus ?? "not online"); unattended sessions need an online machine")
                return .none
            }
            return openForm(&state, .startSession(machine: machine), refusal: "read-only: starting sessions is disabled")
        }
        guard state.modals.isEmpty else { return .none }
        return openForm(&state, .startSession(), refusal: "read-only: starting sessions is disabled")
    }

    /// A key or paste edits the focused form field or the ticket query being edited.
    func edit(_ state: inout DashboardState, _ edit: LineEdit) -> Effect<DashboardAction> {
        switch state.modals.last {
        case .form(var form):
            form.edit(edit)
            state.modals[state.modals.count - 1] = .form(form)
            return .none
        case .tickets(var panel) where panel.isEditingQuery:
            let before = panel.query
            panel.queryLine.apply(edit)
            guard panel.query != before else { return .none }
            panel.offset = 0
            state.modals[state.modals.count - 1] = .tickets(panel)
            return searchTickets(&state, debounce: true)
        default:
            return .none
        }
    }

    /// Whether the top dialog has a text input taking keys (a form, the ticket query).
    static func hasTextInput(_ state: DashboardState) -> Bool {
        switch state.modals.last {
        case .form: true
        case .tickets(let panel): panel.isEditingQuery
        default: false
        }
    }

    /// Movement keys move within the top dialog's list (or between a form's fields).
    private func move(_ state: inout DashboardState, _ movement: TableMovement) {
        let downloadRows = state.downloads.rows.count
        updateTop(&state) { modal in
            func moved(_ index: Int, count: Int) -> Int { movement.target(from: index, count: count, pageSize: 10) }
            switch modal {
            case .tickets(var panel):
                panel.isEditingQuery = false
                panel.selected = moved(panel.selected, count: panel.results.value?.count ?? 0)
                modal = .tickets(panel)
            case .links(var panel):
                panel.selected = moved(panel.selected, count: panel.links.value?.count ?? 0)
                modal = .links(panel)
            case .machines(var panel):
                panel.selected = moved(panel.selected, count: panel.machines.value?.count ?? 0)
                modal = .machines(panel)
            case .downloads(var panel):
                panel.selected = moved(panel.selected, count: downloadRows)
                modal = .downloads(panel)
            case .form(var form):
                if movement == .up || movement == .down { form.moveFocus(forward: movement == .down) }
                modal = .form(form)
            case .confirm, .launchURL:
                break
            }
        }
    }

    /// Esc closes the top dialog (the ticket query first stops being edited); a confirmation
    /// whose write is on its way stays until the answer.
    private func close(_ state: inout DashboardState) -> Effect<DashboardAction> {
        guard let top = state.modals.last else { return .none }
        switch top {
        case .confirm(let confirm):
            if confirm.isSending { return .none }
            state.modals.removeLast()
        case .tickets(var panel) where panel.isEditingQuery:
            panel.isEditingQuery = false
            state.modals[state.modals.count - 1] = .tickets(panel)
        default:
            state.modals.removeLast()
        }
        return state.modals.isEmpty ? .batch([.cancel(.dialogLoad), .cancel(.ticketSearch)]) : .none
    }

    /// Applies a change to the top dialog.
    func updateTop(_ state: inout DashboardState, _ change: (inout Modal) -> Void) {
        guard var top = state.modals.last else { return }
        change(&top)
        state.modals[state.modals.count - 1] = top
    }

    static func loadable<Value>(_ result: Result<Value, APIError>) -> Loadable<Value> {
        switch result {
        case .success(let value): .loaded(value)
        case .failure(let error): .failed(TextSanitizer.sanitize(error.description))
        }
    }
}
