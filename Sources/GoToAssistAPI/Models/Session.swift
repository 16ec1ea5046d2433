import Foundation

/// One support session as `GET /sessions` lists it.
///
/// Every field but the status is optional because the API omits what does not apply: a
/// `notStarted` session has no id and no times (API-FACTS §6.1).
public struct Session: Sendable, Hashable, Codable {
    public var sessionId: String?
    public var sessionType: String?
    public var status: SessionStatus
    public var sessionStartToken: String?
    public var customerJoinUrl: String?
    public var partnerObject: String?
    public var partnerObjectUrl: String?
    public var startedAt: Date?
    public var customerJoinedAt: Date?
    public var endedAt: Date?
    public var expertName: String?
    public var expertEmail: String?
    public var expertUserKey: String?
    public var customerName: String?
    public var customerEmail: String?
    public var accountKey: String?
    public var accountName: String?
    public var sessionRecordingUrl: String?
    public var unattendedMachineName: String?
    public var unattendedMachineUuid: String?
    public var notes: String?
    public var collaborators: [Collaborator]

    public init(
        sessionId: String? = nil, sessionType: String? = "screen_sharing", status: SessionStatus,
        sessionStartToken: String? = nil, customerJoinUrl: String? = nil,
        partnerObject: String? = nil, partnerObjectUrl: String? = nil,
        startedAt: Date? = nil, customerJoinedAt: Date? = nil, endedAt: Date? = nil,
        expertName: String? = nil, expertEmail: String? = nil, expertUserKey: String? = nil,
        customerName: String? = nil, customerEmail: String? = nil,
        accountKey: String? = nil, accountName: String? = nil, sessionRecordingUrl: String? = nil,
        unattendedMachineName: String? = nil, unattendedMachineUuid: String? = nil,
        notes: String? = nil, collaborators: [Collaborator] = []
    ) {
        self.sessionId = sessionId
        self.sessionType = sessionType
        self.status = status
        self.sessionStartToken = sessionStartToken
        self.customerJoinUrl = customerJoinUrl
        self.partnerObject = partnerObject
        self.partnerObjectUrl = partnerObjectUrl
        self.startedAt = startedAt
        self.customerJoinedAt = customerJoinedAt
        self.endedAt = endedAt
        self.expertName = expertName
        self.expertEmail = expertEmail
        self.expertUserKey = expertUserKey
        self.customerName = customerName
        self.customerEmail = customerEmail
        self.accountKey = accountKey
        self.accountName = accountName
        self.sessionRecordingUrl = sessionRecordingUrl
        self.unattendedMachineName = unattendedMachineName
        self.unattendedMachineUuid = unattendedMachineUuid
        self.notes = notes
        self.collaborators = collaborators
    }

    /// A stable identity for lists: the session id, else the start token (a new session has no id
    /// until the expert starts it).
    public var stableKey: String {
        if let sessionId { return "id:" + sessionId }
        if let sessionStartToken { return "token:" + sessionStartToken }
        return "unknown:" + (customerJoinUrl ?? "")
    }

    /// Time the customer waited: from start until they joined (or until now while waiting).
    public func waited(now: Date) -> TimeInterval? {
        guard let startedAt else { return nil }
        if let customerJoinedAt { return max(0, customerJoinedAt.timeIntervalSince(startedAt)) }
        if status == .waiting { return max(0, now.timeIntervalSince(startedAt)) }
        if let endedAt { return max(0, endedAt.timeIntervalSince(startedAt)) }
        return nil
    }

    /// Length of the session: from start to end, or to now while it runs.
    public func duration(now: Date) -> TimeInterval? {
        guard let startedAt else { return nil }
        let end = endedAt ?? (status.isLive ? now : nil)
        return end.map { max(0, $0.timeIntervalSince(startedAt)) }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        sessionId = try c.decodeIDIfPresent(AnyKey("sessionId"))
        sessionType = try c.decodeTextIfPresent(AnyKey("sessionType"))
        status = SessionStatus(rawValue: try c.decodeTextIfPresent(AnyKey("status")) ?? "unknown")
        sessionStartToken = try c.decodeIDIfPresent(AnyKey("sessionStartToken"))
        customerJoinUrl = try c.decodeTextIfPresent(AnyKey("customerJoinUrl"))
        partnerObject = try c.decodeIDIfPresent(AnyKey("partnerObject"))
        partnerObjectUrl = try c.decodeTextIfPresent(AnyKey("partnerObjectUrl"))
        startedAt = try c.decodeTimestampIfPresent(AnyKey("startedAt"))
        customerJoinedAt = try c.decodeTimestampIfPresent(AnyKey("customerJoinedAt"))
        endedAt = try c.decodeTimestampIfPresent(AnyKey("endedAt"))
        expertName = try c.decodeTextIfPresent(AnyKey("expertName"))
        expertEmail = try c.decodeTextIfPresent(AnyKey("expertEmail"))
        expertUserKey = try c.decodeIDIfPresent(AnyKey("expertUserKey"))
        customerName = try c.decodeTextIfPresent(AnyKey("customerName"))
        customerEmail = try c.decodeTextIfPresent(AnyKey("customerEmail"))
        accountKey = try c.decodeIDIfPresent(AnyKey("accountKey"))
        accountName = try c.decodeTextIfPresent(AnyKey("accountName"))
        sessionRecordingUrl = try c.decodeTextIfPresent(AnyKey("sessionRecordingUrl"))
        unattendedMachineName = try c.decodeTextIfPresent(AnyKey("unattendedMachineName"))
        unattendedMachineUuid = try c.decodeIDIfPresent(AnyKey("unattendedMachineUuid"))
        notes = try c.decodeTextIfPresent(AnyKey("notes"))
        collaborators = try c.decodeIfPresent([Collaborator].self, forKey: AnyKey("collaborators")) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encodeIfPresent(sessionId, "sessionId")
        try c.encodeIfPresent(sessionType, "sessionType")
        try c.encode(status.rawValue, forKey: AnyKey("status"))
        try c.encodeIfPresent(sessionStartToken, "sessionStartToken")
        try c.encodeIfPresent(customerJoinUrl, "customerJoinUrl")
        try c.encodeIfPresent(partnerObject, "partnerObject")
        try c.encodeIfPresent(partnerObjectUrl, "partnerObjectUrl")
        try c.encodeTimestamp(startedAt, "startedAt")
        try c.encodeTimestamp(customerJoinedAt, "customerJoinedAt")
        try c.encodeTimestamp(endedAt, "endedAt")
        try c.encodeIfPresent(expertName, "expertName")
        try c.encodeIfPresent(expertEmail, "expertEmail")
        try c.encodeIfPresent(expertUserKey, "expertUserKey")
        try c.encodeIfPresent(customerName, "customerName")
        try c.encodeIfPresent(customerEmail, "customerEmail")
        try c.encodeIfPresent(accountKey, "accountKey")
        try c.encodeIfPresent(accountName, "accountName")
        try c.encodeIfPresent(sessionRecordingUrl, "sessionRecordingUrl")
        try c.encodeIfPresent(unattendedMachineName, "unattendedMachineName")
        try c.encodeIfPresent(unattendedMachineUuid, "unattendedMachineUuid")
        try c.encodeIfPresent(notes, "notes")
        if !collaborators.isEmpty { try c.encode(collaborators, forKey: AnyKey("collaborators")) }
    }
}

/// Another technician who joined a session.
public struct Collaborator: Sendable, Hashable, Codable {
    public var expertName: String?
    public var expertEmail: String?
    public var expertUserKey: String?

    public init(expertName: String? = nil, expertEmail: String? = nil, expertUserKey: String? = nil) {
        self.expertName = expertName
        self.expertEmail = expertEmail
        self.expertUserKey = expertUserKey
    }

    public init(from decoder: any Decoder) throws {
        // The element shape is undocumented (API-FACTS §6.1); a bare string is taken as a name.
        if let single = try? decoder.singleValueContainer(), let name = try? single.decode(String.self) {
            self.init(expertName: name)
            return
        }
        let c = try decoder.container(keyedBy: AnyKey.self)
        self.init(
            expertName: try c.decodeTextIfPresent(AnyKey("expertName")),
            expertEmail: try c.decodeTextIfPresent(AnyKey("expertEmail")),
            expertUserKey: try c.decodeIDIfPresent(AnyKey("expertUserKey")))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encodeIfPresent(expertName, "expertName")
        try c.encodeIfPresent(expertEmail, "expertEmail")
        try c.encodeIfPresent(expertUserKey, "expertUserKey")
    }
}

/// The `GET /sessions` envelope.
public struct SessionList: Sendable, Hashable, Codable {
    /// The server's count; documented as the number of sessions returned.
    public var totalNumSessions: Int
    public var sessions: [Session]

    public init(totalNumSessions: Int, sessions: [Session]) {
        self.totalNumSessions = totalNumSessions
        self.sessions = sessions
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        sessions = try c.decodeIfPresent([Session].self, forKey: AnyKey("sessions")) ?? []
        totalNumSessions = try c.decodeLenientIntIfPresent(AnyKey("totalNumSessions")) ?? sessions.count
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(totalNumSessions, forKey: AnyKey("totalNumSessions"))
        try c.encode(sessions, forKey: AnyKey("sessions"))
    }
}
