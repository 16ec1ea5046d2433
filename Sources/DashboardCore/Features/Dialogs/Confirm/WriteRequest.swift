import GoToAssistAPI

/// A change the dashboard is about to make on a server: what a confirmation asks about.
public enum WriteRequest: Equatable, Sendable {
    case startSession(StartSessionRequest)
    case associateTicket(link: SystemLink, sessionId: String, ticket: PartnerTicket)
    case createTicket(link: SystemLink, sessionId: String, title: String, body: String)
    case registerLink(SystemLink)
    /// Ask the server to transcode recordings (they become ready for download later).
    case transcodeRecordings([String])

    /// The question the confirmation asks, in words the technician checks before `y`.
    public var question: String {
        switch self {
        case .startSession(let request):
            var who = request.customerName ?? request.customerEmail ?? "a customer"
            if request.machineUuid != nil { who = "unattended machine " + (request.machineUuid ?? "") }
            let ticket = request.partnerObject.map { " for ticket \($0)" } ?? ""
            return "Start a screen-sharing session with \(who)\(ticket)?"
        case .associateTicket(_, let sessionId, let ticket):
            return "Attach ticket \(ticket.partnerObject) to session \(sessionId)?"
        case .createTicket(let link, let sessionId, let title, _):
            return "Create ticket \"\(title)\" in \(link.systemName) for session \(sessionId)?"
        case .registerLink(let link):
            return "Register \(link.systemName) for \(link.systemDomain)? An existing link for this domain is replaced."
        case .transcodeRecordings(let ids):
            let shown = ids.prefix(5).joined(separator: ", ") + (ids.count > 5 ? ", …" : "")
            return "Transcode \(ids.count) recording\(ids.count == 1 ? "" : "s") (\(shown))? They become ready for download when the server is done."
        }
    }

    /// What read-only mode says when it refuses this write.
    public var readOnlyRefusal: String {
        switch self {
        case .startSession: "read-only: starting sessions is disabled"
        case .associateTicket, .createTicket: "read-only: changing ticket links is disabled"
        case .registerLink: "read-only: registering links is disabled"
        case .transcodeRecordings: "read-only: transcoding recordings is disabled"
        }
    }
}
