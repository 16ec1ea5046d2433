import Foundation
import GoToAssistAPI

/// Writes: a confirmation first, one request, and on failure nothing changes but a message.
extension DashboardReducer {
    /// Asks "are you sure?" before a write; read-only mode refuses here too.
    func confirm(_ state: inout DashboardState, _ write: WriteRequest) -> Effect<DashboardAction> {
        if state.settings.readOnly {
            post(&state, .warn, write.readOnlyRefusal + " (--readonly)")
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
        return .run(id: .write) { send in
            do {
                let outcome: WriteOutcome
                switch write {
                case .startSession(let request):
                    outcome = .sessionStarted(try await workflows.startSession(request))
                case .associateTicket(let link, let sessionId, let ticket):
                    try await workflows.associateTicket(link, sessionId, ticket.partnerObject)
                    outcome = .ticketAttached(ticket)
                case .createTicket(let link, let sessionId, let title, let body):
                    outcome = .ticketAttached(try await workflows.createTicket(link, sessionId, title, body))
                case .registerLink(let link):
                    outcome = .linkRegistered(try await workflows.registerSystemLink(link))
                case .transcodeRecordings(let ids):
                    try await workflows.transcodeRecordings(ids)
                    outcome = .transcodeRequested(ids)
                }
                await send(.writeResponse(write, .success(outcome)))
            } catch {
                await send(.writeResponse(write, .failure(Self.apiError(error))))
            }
        }
    }

    func writeResponse(_ state: inout DashboardState, _ write: WriteRequest,
                       _ result: Result<WriteOutcome, APIError>) -> Effect<DashboardAction> {
        if case .confirm(let confirm) = state.modals.last, confirm.write == write { state.modals.removeLast() }
        switch result {
        case .failure(let error):
            // The dialog below keeps its input; the server's message says what to fix.
            let text = TextSanitizer.sanitize(error.description)
            updateTop(&state) { if case .form(var form) = $0 { form.error = text; $0 = .form(form) } }
            post(&state, .error, "\(Self.title(of: write)) failed: \(text)")
            return .none

        case .success(.sessionStarted(let response)):
            guard case .startSession(let request) = write else { return .none }
            if case .form = state.modals.last { state.modals.removeLast() }
            state.modals.append(.launchURL(LaunchURLState(
                title: "Session started", url: response.launchUrl, sessionToken: response.sessionToken)))
            let now = environment.clock.now()
            state.sessions.watch = SessionWatch(request: request, sessionToken: response.sessionToken, startedAt: now)
            post(&state, .info, "session started: it appears in Sessions once the expert starts it")
            return refreshSessionsSoon(&state)

        case .success(.ticketAttached(let ticket)):
            guard let sessionId = Self.sessionId(of: write) else { return .none }
            while let top = state.modals.last, Self.belongsToTickets(top) { state.modals.removeLast() }
            state.sessions.setTicket(ticket, forSessionId: sessionId, now: environment.clock.now())
            post(&state, .info, "ticket \(ticket.partnerObject) attached to session \(sessionId)")
            return refreshSessionsSoon(&state)

        case .success(.transcodeRequested(let ids)):
            state.recordings.transcoding.formUnion(ids)
            state.recordings.marked.subtract(ids)
            post(&state, .info, "transcode requested for \(ids.count) recording\(ids.count == 1 ? "" : "s"): shown as transcoding until the list says ready")
            return .none

        case .success(.linkRegistered(let link)):
            if case .form = state.modals.last { state.modals.removeLast() }
            post(&state, .info, "link registered for \(link.systemDomain)")
            guard case .links(var panel) = state.modals.last else { return .none }
            panel.links = .loading
            state.modals[state.modals.count - 1] = .links(panel)
            return loadLinks(domain: panel.domain)
        }
    }

    /// Refreshes Sessions now, or re-arms it at the (faster) interval when one is running.
    func refreshSessionsSoon(_ state: inout DashboardState) -> Effect<DashboardAction> {
        if state.sessions.refresh.inFlight { return .none }
        return startRefresh(&state, .sessions)
    }

    /// After a refresh: selects and highlights the session started from here once it shows up.
    ///
    /// A session listed before the expert starts it has no id, so its row key is its token;
    /// once started it has an id and a new key. The watch therefore stays until the session is
    /// seen with an id (or the minute is up), and the highlight (and the cursor, if it was on
    /// the session) follows it to the new key.
    func lookForWatchedSession(_ state: inout DashboardState, in list: [Session], now: Date) {
        guard let watch = state.sessions.watch else { return }
        if let session = list.first(where: watch.matches) {
            let key = session.stableKey
            let previous = state.sessions.highlightedKey
            if session.sessionId != nil || now >= watch.until { state.sessions.watch = nil }
            guard key != previous else { return }
            state.sessions.highlightedKey = key
            if previous == nil || state.sessions.table.selectedKey == nil || state.sessions.table.selectedKey == previous {
                state.sessions.table.select(key: key)
            }
            if let id = session.sessionId {
                post(&state, .info, "the new session is in the list: \(id)")
            } else {
                post(&state, .info, "the new session is in the list, waiting for the expert to start it")
            }
        } else if now >= watch.until {
            state.sessions.watch = nil
            post(&state, .info, "the new session has not appeared yet; it shows up once the expert starts it")
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
