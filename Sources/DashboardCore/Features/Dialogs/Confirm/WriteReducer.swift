import Foundation
import GoToAssistAPI

/// Writes: a confirmation first, one request, and on failure nothing changes but a message.
struct WriteReducer {
    let environment: DashboardEnvironment

    /// Asks "are you sure?" before a write; read-only mode refuses here too.
    func confirm(_ state: inout DashboardState, _ write: WriteRequest) -> Effect<DashboardAction> {
        if state.settings.readOnly {
            environment.post(&state, .warn, write.readOnlyRefusal + " (--readonly)")
            return .none
        }
        state.modals.append(.confirm(ConfirmState(write: write)))
        return .none
    }

    func answerConfirmation(_ state: inout DashboardState, accepted: Bool) -> Effect<DashboardAction> {
        guard case .confirm(var confirm) = state.modals.last, !confirm.isSending else { return .none }
        guard accepted else {
            state.modals.removeLast()
            return .none
        }
        confirm.isSending = true
        state.modals[state.modals.count - 1] = .confirm(confirm)
        return send(confirm.write)
    }

    /// Sends a write exactly once; the client never retries a POST.
    func send(_ write: WriteRequest) -> Effect<DashboardAction> {
        let workflows = environment.workflows
        return .request(id: .write, {
            switch write {
            case .startSession(let request):
                return WriteOutcome.sessionStarted(try await workflows.startSession(request))
            case .associateTicket(let link, let sessionId, let ticket):
                try await workflows.associateTicket(link, sessionId, ticket.partnerObject)
                return .ticketAttached(ticket)
            case .createTicket(let link, let sessionId, let title, let body):
                return .ticketAttached(try await workflows.createTicket(link, sessionId, title, body))
            case .registerLink(let link):
                return .linkRegistered(try await workflows.registerSystemLink(link))
            case .transcodeRecordings(let ids):
                try await workflows.transcodeRecordings(ids)
                return .transcodeRequested(ids)
            }
        }) { .dialog(.writeResponse(write, $0)) }
    }

    func writeResponse(_ state: inout DashboardState, _ write: WriteRequest,
                       _ result: Result<WriteOutcome, APIError>) -> Effect<DashboardAction> {
        if case .confirm(let confirm) = state.modals.last, confirm.write == write { state.modals.removeLast() }
        switch result {
        case .failure(let error):
            // The dialog below keeps its input; the server's message says what to fix.
            let text = TextSanitizer.sanitize(error.description)
            DialogStack.updateTop(&state) { if case .form(var form) = $0 { form.error = text; $0 = .form(form) } }
            environment.post(&state, .error, "\(Self.title(of: write)) failed: \(text)")
            return .none

        case .success(.sessionStarted(let response)):
            guard case .startSession(let request) = write else { return .none }
            if case .form = state.modals.last { state.modals.removeLast() }
            state.modals.append(.launchURL(LaunchURLState(
                title: "Session started", url: response.launchUrl, sessionToken: response.sessionToken)))
            let now = environment.clock.now()
            state.sessions.watch = SessionWatch(request: request, sessionToken: response.sessionToken, startedAt: now)
            environment.post(&state, .info, "session started: it appears in Sessions once the expert starts it")
            return SessionsReducer(environment: environment).refreshSoon(&state)

        case .success(.ticketAttached(let ticket)):
            guard let sessionId = Self.sessionId(of: write) else { return .none }
            while let top = state.modals.last, Self.belongsToTickets(top) { state.modals.removeLast() }
            state.sessions.setTicket(ticket, forSessionId: sessionId, now: environment.clock.now())
            environment.post(&state, .info, "ticket \(ticket.partnerObject) attached to session \(sessionId)")
            return SessionsReducer(environment: environment).refreshSoon(&state)

        case .success(.transcodeRequested(let ids)):
            state.recordings.transcoding.formUnion(ids)
            state.recordings.marked.subtract(ids)
            environment.post(&state, .info, "transcode requested for \(ids.count) recording\(ids.count == 1 ? "" : "s"): shown as transcoding until the list says ready")
            return .none

        case .success(.linkRegistered(let link)):
            if case .form = state.modals.last { state.modals.removeLast() }
            environment.post(&state, .info, "link registered for \(link.systemDomain)")
            guard case .links(var panel) = state.modals.last else { return .none }
            panel.links = .loading
            state.modals[state.modals.count - 1] = .links(panel)
            return LinksReducer(environment: environment).load(domain: panel.domain)
        }
    }

    static func title(of write: WriteRequest) -> String {
        switch write {
        case .startSession: "start session"
        case .associateTicket: "attach ticket"
        case .createTicket: "create ticket"
        case .registerLink: "register link"
        case .transcodeRecordings: "transcode"
        }
    }

    static func sessionId(of write: WriteRequest) -> String? {
        switch write {
        case .associateTicket(_, let id, _), .createTicket(_, let id, _, _): id
        default: nil
        }
    }

    private static func belongsToTickets(_ modal: Modal) -> Bool {
        switch modal {
        case .tickets, .confirm: true
        case .form(let form): if case .createTicket = form.kind { true } else { false }
        default: false
        }
    }
}
