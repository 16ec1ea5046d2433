import Foundation
import GoToAssistAPI
import Logging

/// The writes and dialog lookups of the technician workflows, as closures for the reducer's
/// effects: start a session, partner tickets and links, machines, clipboard and browser.
///
/// Kept apart from the pane fetches in `DashboardEnvironment` so tests of the panes need not
/// stub these; `.unavailable` answers every call with an error.
public struct WorkflowClient: Sendable {
    public var startSession: @Sendable (StartSessionRequest) async throws -> StartSessionResponse
    public var browserSessionURL: @Sendable () async throws -> String
    public var systemLinks: @Sendable (_ domain: String) async throws -> [SystemLink]
    public var registerSystemLink: @Sendable (SystemLink) async throws -> SystemLink
    public var machines: @Sendable (_ companyId: String) async throws -> [Machine]
    public var searchTickets: @Sendable (_ link: SystemLink, _ query: String?, _ offset: Int) async throws -> [PartnerTicket]
    public var createTicket: @Sendable (_ link: SystemLink, _ sessionId: String, _ title: String, _ body: String) async throws -> PartnerTicket
    public var associateTicket: @Sendable (_ link: SystemLink, _ sessionId: String, _ partnerObject: String) async throws -> Void
    /// Puts text on the clipboard (OSC 52); returns what to tell the user.
    public var copyToClipboard: @Sendable (String) async -> String
    /// Opens a URL in a browser on this machine; returns what to tell the user.
    public var openURL: @Sendable (String) async -> String
    /// Asks the server to transcode recordings (`POST`, never retried).
    public var transcodeRecordings: @Sendable ([String]) async throws -> Void
    /// A session's chat transcript, for the detail view.
    public var sessionEvents: @Sendable (_ sessionId: String) async throws -> [SessionEvent]

    public init(
        startSession: @escaping @Sendable (StartSessionRequest) async throws -> StartSessionResponse,
        browserSessionURL: @escaping @Sendable () async throws -> String,
        systemLinks: @escaping @Sendable (String) async throws -> [SystemLink],
        registerSystemLink: @escaping @Sendable (SystemLink) async throws -> SystemLink,
        machines: @escaping @Sendable (String) async throws -> [Machine],
        searchTickets: @escaping @Sendable (SystemLink, String?, Int) async throws -> [PartnerTicket],
        createTicket: @escaping @Sendable (SystemLink, String, String, String) async throws -> PartnerTicket,
        associateTicket: @escaping @Sendable (SystemLink, String, String) async throws -> Void,
        copyToClipboard: @escaping @Sendable (String) async -> String,
        openURL: @escaping @Sendable (String) async -> String,
        transcodeRecordings: @escaping @Sendable ([String]) async throws -> Void = { _ in
            throw APIError.invalidRequest(message: "not available here")
        },
        sessionEvents: @escaping @Sendable (String) async throws -> [SessionEvent] = { _ in
            throw APIError.invalidRequest(message: "not available here")
        }
    ) {
        self.startSession = startSession
        self.browserSessionURL = browserSessionURL
        self.systemLinks = systemLinks
        self.registerSystemLink = registerSystemLink
        self.machines = machines
        self.searchTickets = searchTickets
        self.createTicket = createTicket
        self.associateTicket = associateTicket
        self.copyToClipboard = copyToClipboard
        self.openURL = openURL
        self.transcodeRecordings = transcodeRecordings
        self.sessionEvents = sessionEvents
    }

    /// Every call fails; for runs and tests that exercise only the panes.
    public static var unavailable: WorkflowClient {
        let error = APIError.invalidRequest(message: "not available here")
        return WorkflowClient(
            startSession: { _ in throw error }, browserSessionURL: { throw error },
            systemLinks: { _ in throw error }, registerSystemLink: { _ in throw error },
            machines: { _ in throw error }, searchTickets: { _, _, _ in throw error },
            createTicket: { _, _, _, _ in throw error }, associateTicket: { _, _, _ in throw error },
            copyToClipboard: { _ in "no clipboard here" }, openURL: { _ in "no browser here" })
    }

    /// Backed by a live client; partner calls go straight to the link's callback URL.
    public static func live(client: ClientHolder, transport: any HTTPTransport, logger: Logger,
                            copyToClipboard: @escaping @Sendable (String) async -> String,
                            openURL: @escaping @Sendable (String) async -> String) -> WorkflowClient {
        @Sendable func partner(_ link: SystemLink) throws -> PartnerTicketClient {
            try PartnerTicketClient(link: link, transport: transport, logger: logger)
        }
        return WorkflowClient(
            startSession: { try await client.current.startSession($0) },
            browserSessionURL: { try await client.current.browserSessionURL() },
            systemLinks: { try await client.current.systemLinks(domain: $0) },
            registerSystemLink: { try await client.current.registerSystemLink($0) },
            machines: { try await client.current.allMachines(companyId: $0) },
            searchTickets: { link, query, offset in try await partner(link).search(query: query, offset: offset) },
            createTicket: { link, id, title, body in try await partner(link).create(sessionId: id, title: title, body: body) },
            associateTicket: { link, id, object in try await partner(link).associate(sessionId: id, partnerObject: object) },
            copyToClipboard: copyToClipboard, openURL: openURL,
            transcodeRecordings: { try await client.current.transcodeRecordings(ids: $0) },
            sessionEvents: { try await client.current.sessionEvents($0) })
    }
}
