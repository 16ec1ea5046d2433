import Foundation
import GoToAssistAPI

/// A session started from the dashboard, looked for in the next refreshes.
///
/// `POST /sessions` answers with a launch URL but no session id (the id exists only once the
/// expert starts it), so the new session is recognised by its token when the server gave one,
/// else by the customer and ticket it was started for, among sessions started since.
public struct SessionWatch: Equatable, Sendable {
    public var request: StartSessionRequest
    public var sessionToken: String?
    public var startedAt: Date
    /// Until when the Sessions pane polls faster.
    public var until: Date

    /// How long after a start the pane polls fast, and how fast.
    public static let duration: Double = 60
    public static let interval: Double = 2

    public init(request: StartSessionRequest, sessionToken: String?, startedAt: Date) {
        self.request = request
        self.sessionToken = sessionToken
        self.startedAt = startedAt
        until = startedAt.addingTimeInterval(Self.duration)
    }

    /// Whether `session` is the one that was started.
    public func matches(_ session: Session) -> Bool {
        if let token = sessionToken, !token.isEmpty {
            if session.sessionStartToken == token { return true }
            if let url = session.customerJoinUrl, url.hasSuffix("/" + token) { return true }
        }
        guard request.customerName != nil || request.customerEmail != nil || request.partnerObject != nil
            || request.machineUuid != nil else { return false }
        if let started = session.startedAt, started < startedAt.addingTimeInterval(-60) { return false }
        if session.startedAt == nil, session.status != .notStarted { return false }
        return (request.customerName.map { $0 == session.customerName } ?? true)
            && (request.customerEmail.map { $0 == session.customerEmail } ?? true)
            && (request.partnerObject.map { $0 == session.partnerObject } ?? true)
            && (request.machineUuid.map { $0 == session.unattendedMachineUuid } ?? true)
    }
}
