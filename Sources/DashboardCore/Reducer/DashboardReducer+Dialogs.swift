import Foundation
import GoToAssistAPI

/// The workflow dialogs: opening them, and the keys they take while open.
extension DashboardReducer {
    func dialogs(_ state: inout DashboardState, _ action: DashboardAction) -> Effect<DashboardAction> {
        switch action {
        case .newSessionKeyPressed:
            if case .machines(let panel) = state.modals.last {
                guard let machine = panel.selectedMachine else { return .none }
                guard machine.isOnline else {
                    post(&state, .warn, "\(machine.machineName ?? machine.machineUuid) is \(machine.machineStatus ?? "not online"); unattended sessions need an online machine")
                    return .none
                }
                return openForm(&state, .startSession(machine: machine), refusal: "read-only: starting sessions is disabled")
            }
            guard state.modals.isEmpty else { return .none }
            return openForm(&state, .startSession(), refusal: "read-only: starting sessions is disabled")

        case .ticketKeyPressed:
            guard state.modals.isEmpty else { return .none }
            return openTicketPanel(&state)

        case .createTicketKeyPressed:
            guard case .tickets(let panel) = state.modals.last else { return .none }
            guard let link = panel.link.value ?? nil else {
                post(&state, .warn, "no partner-system link for \(panel.domain); register one with :links")
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
                await send(.dialogNoteReceived(copy ? await workflows.copyToClipboard(url) : await workflows.openURL(url)))
            }

        case .dialogNoteReceived(let note):
            updateTop(&state) { if case .launchURL(var launch) = $0 { launch.note = note; $0 = .launchURL(launch) } }
            return .none

        case .dialogTextEdited(let text):
            switch state.modals.last {
            case .form(var form):
                form.edit(text)
                state.modals[state.modals.count - 1] = .form(form)
                return .none
            case .tickets(var panel) where panel.isEditingQuery:
                panel.query = String(text.prefix(200))
                panel.offset = 0
                state.modals[state.modals.count - 1] = .tickets(panel)
                return searchTickets(&state, debounce: true)
            default:
                return .none
            }

        case .dialogFocusMoved(let forward):
            updateTop(&state) { if case .form(var form) = $0 { form.moveFocus(forward: forward); $0 = .form(form) } }
            return .none

        case .dialogSearchKeyPressed:
            updateTop(&state) { if case .tickets(var panel) = $0 { panel.isEditingQuery = true; $0 = .tickets(panel) } }
            return .none

        case .dialogPageTurned(let forward):
            guard case .tickets(var panel) = state.modals.last, panel.link.value != nil else { return .none }
            let count = panel.results.value?.count ?? 0
            if forward && count < PartnerTicketClient.pageSize { return .none }
            if !forward && panel.offset == 0 { return .none }
            panel.offset = max(0, panel.offset + (forward ? 1 : -1) * PartnerTicketClient.pageSize)
            state.modals[state.modals.count - 1] = .tickets(panel)
            return searchTickets(&state, debounce: false)

        case .dialogSubmitted:
            return submitDialog(&state)

        case .confirmAnswered(let accepted):
            return answerConfirmation(&state, accepted: accepted)

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
                post(&state, .error, "browser link: \(error.description)")
            }
            return .none

        default:
            return .none
        }
    }

    /// Movement and Esc while a dialog is open move within it and close it.
    func dialogKey(_ state: inout DashboardState, _ action: DashboardAction) -> Effect<DashboardAction>? {
        guard let top = state.modals.last else { return nil }
        let downloadRows = state.downloads.rows.count
        switch action {
        case .movementKeyPressed(let movement):
            updateTop(&state) { modal in
                func moved(_ index: Int, count: Int) -> Int {
                    guard count > 0 else { return 0 }
                    let target: Int
                    switch movement {
                    case .up: target = index - 1
                    case .down: target = index + 1
                    case .pageUp: target = index - 10
                    case .pageDown: target = index + 10
                    case .top: target = 0
                    case .bottom: target = count - 1
                    }
                    return min(max(0, target), count - 1)
                }
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
                default: break
                }
            }
            return Effect.none
        case .escapePressed:
            switch top {
            case .confirm(let confirm):
                if confirm.isSending { return Effect.none }
                state.modals.removeLast()
            case .tickets(var panel) where panel.isEditingQuery:
                panel.isEditingQuery = false
                state.modals[state.modals.count - 1] = .tickets(panel)
            default:
                state.modals.removeLast()
            }
            return state.modals.isEmpty ? .batch([.cancel(.dialogLoad), .cancel(.ticketSearch)]) : Effect.none
        case .quitPressed, .clockTicked, .terminalResized, .refreshTimerFired, .sessionsResponse, .sessionsUpdateResponse, .companiesResponse,
             .recordingsResponse, .themeLoaded:
            return nil
        default:
            return nil
        }
    }

    /// Opens a form for a write, unless read-only mode forbids the write.
    func openForm(_ state: inout DashboardState, _ form: FormState, refusal: String) -> Effect<DashboardAction> {
        if state.settings.readOnly {
            post(&state, .warn, refusal + " (--readonly)")
            return .none
        }
        state.overlay = nil
        state.modals.append(.form(form))
        return .none
    }

    /// Enter: a form asks for confirmation, the ticket panel confirms an association.
    func submitDialog(_ state: inout DashboardState) -> Effect<DashboardAction> {
        switch state.modals.last {
        case .form(let form) where form.kind == .recordingsFilter:
            return submitRecordingsFilter(&state, form)
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
            return dialogs(&state, .newSessionKeyPressed)
        default:
            return .none
        }
    }

    /// Applies a change to the top dialog.
    func updateTop(_ state: inout DashboardState, _ change: (inout Modal) -> Void) {
        guard var top = state.modals.last else { return }
        change(&top)
        state.modals[state.modals.count - 1] = top
    }

    /// Enter on a company: its machines, for unattended sessions.
    func openMachines(_ state: inout DashboardState, key: String) -> Effect<DashboardAction> {
        guard let row = state.companies.table.rows.first(where: { $0.key == key }) else { return .none }
        state.modals.append(.machines(MachinesPanelState(companyId: key, companyName: row.name)))
        let workflows = environment.workflows
        return .run(id: .dialogLoad) { send in
            do {
                await send(.machinesResponse(companyId: key, .success(try await workflows.machines(key))))
            } catch {
                await send(.machinesResponse(companyId: key, .failure(Self.apiError(error))))
            }
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
        return .run(id: .dialogLoad) { send in
            do {
                await send(.linksResponse(domain: domain, .success(try await workflows.systemLinks(domain))))
            } catch {
                await send(.linksResponse(domain: domain, .failure(Self.apiError(error))))
            }
        }
    }

    /// `:browser-link`: a URL that starts a session in a browser, to copy.
    func openBrowserLink(_ state: inout DashboardState) -> Effect<DashboardAction> {
        state.overlay = nil
        state.modals = [.launchURL(LaunchURLState(title: "Start a session in a browser", url: nil))]
        let workflows = environment.workflows
        return .run(id: .dialogLoad) { send in
            do {
                await send(.browserLinkResponse(.success(try await workflows.browserSessionURL())))
            } catch {
                await send(.browserLinkResponse(.failure(Self.apiError(error))))
            }
        }
    }

    static func loadable<Value>(_ result: Result<Value, APIError>) -> Loadable<Value> {
        switch result {
        case .success(let value): .loaded(value)
        case .failure(let error): .failed(TextSanitizer.sanitize(error.description))
        }
    }
}
