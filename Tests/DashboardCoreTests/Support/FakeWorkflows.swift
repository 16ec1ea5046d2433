import DashboardCore
import Foundation
import GoToAssistAPI

/// Scripted answers for the workflow calls (writes, links, tickets), counting every call.
final class FakeWorkflows: @unchecked Sendable {
    private let lock = NSLock()
    var startResult: Result<StartSessionResponse, APIError> = .success(
        StartSessionResponse(launchUrl: "https://app.example.com/launch/abc", sessionToken: "tok-1"))
    var links: [SystemLink] = [SystemLink(systemName: "Helpdesk", systemDomain: "helpdesk.example.com",
                                          userToken: "partner-secret", callbackURL: "https://helpdesk.example.com/cb")]
    var tickets: [PartnerTicket] = (1...25).map { PartnerTicket(partnerObject: "T-\($0)", title: "Ticket \($0)") }
    var associateError: APIError?
    private(set) var startRequests: [StartSessionRequest] = []
    private(set) var searches: [(query: String?, offset: Int)] = []
    private(set) var associations: [(sessionId: String, partnerObject: String)] = []
    private(set) var created: [(sessionId: String, title: String)] = []
    private(set) var registered: [SystemLink] = []
    private(set) var copied: [String] = []
    private(set) var transcoded: [[String]] = []
    var transcodeError: APIError?
    var events: [String: [SessionEvent]] = [:]

    var client: WorkflowClient {
        WorkflowClient(
            startSession: { [self] request in
                try lock.withLock {
                    startRequests.append(request)
                    return try startResult.get()
                }
            },
            browserSessionURL: { "https://app.example.com/browser" },
            systemLinks: { [self] domain in lock.withLock { links.filter { $0.systemDomain == domain } } },
            registerSystemLink: { [self] link in lock.withLock { registered.append(link); return link } },
            machines: { _ in [
                Machine(machineUuid: "m-off", machineName: "Old PC", machineStatus: "OFFLINE"),
                Machine(machineUuid: "m-on", machineName: "Front desk", machineStatus: "ONLINE"),
            ] },
            searchTickets: { [self] _, query, offset in
                lock.withLock {
                    searches.append((query, offset))
                    let matching = tickets.filter { query == nil || ($0.title ?? "").contains(query!) }
                    return Array(matching.dropFirst(offset).prefix(10))
                }
            },
            createTicket: { [self] _, sessionId, title, _ in
                lock.withLock {
                    created.append((sessionId, title))
                    return PartnerTicket(partnerObject: "NEW-1", title: title)
                }
            },
            associateTicket: { [self] _, sessionId, object in
                try lock.withLock {
                    if let associateError { throw associateError }
                    associations.append((sessionId, object))
                }
            },
            copyToClipboard: { [self] text in lock.withLock { copied.append(text) }; return "copied" },
            openURL: { _ in "opened" },
            transcodeRecordings: { [self] ids in
                try lock.withLock {
                    if let transcodeError { throw transcodeError }
                    transcoded.append(ids)
                }
            },
            sessionEvents: { [self] id in
                try lock.withLock {
                    guard let list = events[id] else { throw APIError.notFound(message: "No session \(id)") }
                    return list
                }
            })
    }
}
