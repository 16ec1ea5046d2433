import Foundation
import GoToAssistAPI

/// The dialog stack: sends the keys to the dialog on top and each answer to its dialog.
///
/// Dialogs stack (ticket panel → new-ticket form → confirmation); only the top one takes keys,
/// which the key router sends here while any dialog is open. Each kind of dialog has its own
/// folder and reducer (Forms, Confirm, Tickets, Links, Machines, LaunchURL; the downloads
/// panel is the Downloads feature's); this one only routes and closes.
struct DialogReducer {
    let environment: DashboardEnvironment

    func reduce(_ state: inout DashboardState, _ action: DialogAction) -> Effect<DashboardAction> {
        let forms = FormReducer(environment: environment)
        let tickets = TicketPanelReducer(environment: environment)
        let launch = LaunchURLReducer(environment: environment)
        switch action {
        case .newSessionKeyPressed:
            return forms.newSession(&state)
        case .ticketKeyPressed:
            guard state.modals.isEmpty else { return .none }
            return tickets.open(&state)
        case .createTicketKeyPressed:
            return tickets.createTicket(&state)
        case .addLinkKeyPressed:
            return LinksReducer(environment: environment).add(&state)
        case .copyKeyPressed, .openKeyPressed:
            return launch.hand(&state, copy: action == .copyKeyPressed)
        case .noteReceived(let note):
            launch.noted(&state, note)
            return .none
        case .textEdited(let edit):
            return self.edit(&state, edit)
        case .focusMoved(let forward):
            DialogStack.updateTop(&state) { if case .form(var form) = $0 { form.moveFocus(forward: forward); $0 = .form(form) } }
            return .none
        case .searchKeyPressed:
            DialogStack.updateTop(&state) { if case .tickets(var panel) = $0 { panel.isEditingQuery = true; $0 = .tickets(panel) } }
            return .none
        case .pageTurned(let forward):
            return tickets.turnPage(&state, forward: forward)
        case .submitted:
            return submit(&state)
        case .confirmAnswered(let accepted):
            return WriteReducer(environment: environment).answerConfirmation(&state, accepted: accepted)
        case .moved(let movement):
            move(&state, movement)
            return .none
        case .escapePressed:
            return close(&state)
        case .writeResponse(let write, let result):
            return WriteReducer(environment: environment).writeResponse(&state, write, result)
        case .ticketLinkResponse(let domain, let result):
            return tickets.ticketLinkResponse(&state, domain: domain, result)
        case .ticketSearchResponse(let query, let offset, let result):
            tickets.ticketSearchResponse(&state, query: query, offset: offset, result)
            return .none
        case .linksResponse(let domain, let result):
            LinksReducer(environment: environment).response(&state, domain: domain, result)
            return .none
        case .machinesResponse(let companyId, let result):
            MachinesReducer(environment: environment).response(&state, companyId: companyId, result)
            return .none
        case .browserLinkResponse(let result):
            launch.browserLinkResponse(&state, result)
            return .none
        }
    }

    /// A key or paste edits the focused form field or the ticket query being edited.
    func edit(_ state: inout DashboardState, _ edit: LineEdit) -> Effect<DashboardAction> {
        switch state.modals.last {
        case .form(var form):
            form.edit(edit)
            state.modals[state.modals.count - 1] = .form(form)
            return .none
        case .tickets where Self.hasTextInput(state):
            return TicketPanelReducer(environment: environment).edit(&state, edit)
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

    /// Enter: each dialog decides what it means.
    private func submit(_ state: inout DashboardState) -> Effect<DashboardAction> {
        switch state.modals.last {
        case .form(let form):
            return FormReducer(environment: environment).submit(&state, form)
        case .tickets:
            return TicketPanelReducer(environment: environment).submit(&state)
        case .launchURL:
            state.modals.removeLast()
            return .none
        case .machines(let panel):
            // Enter on a machine starts a session on it, as `n` does.
            guard panel.selectedMachine != nil else { return .none }
            return FormReducer(environment: environment).newSession(&state)
        case .confirm, .links, .downloads, nil:
            return .none
        }
    }

    /// Movement keys move within the top dialog's list (or between a form's fields).
    private func move(_ state: inout DashboardState, _ movement: TableMovement) {
        let downloadRows = state.downloads.rows.count
        DialogStack.updateTop(&state) { modal in
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
}
