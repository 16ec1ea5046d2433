/// One session as GET /sessions lists it, and as status callbacks POST it (API-FACTS 6.1, 6.3).
///
/// Optional properties are `nil` when they do not apply and are then omitted from the JSON, never
/// written as `null`.
struct WireSession: Encodable, Sendable {
    var sessionId: WireID?
    var sessionType = "screen_sharing"
    var status: String
    var sessionStartToken: WireID
    var customerJoinUrl: String
    var partnerObject: String?
    var partnerObjectUrl: String?
    var startedAt: String?
    var customerJoinedAt: String?
    var endedAt: String?
    var expertName: String
    var expertEmail: String
    var expertUserKey: String
    var customerName: String?
    var customerEmail: String?
    var accountKey: WireID
    var accountName: String?
    var sessionRecordingUrl: String?
    var unattendedMachineName: String?
    var unattendedMachineUuid: String?
    var notes: String?
    var collaborators: [WireCollaborator]?
    /// Only in `/_sim/` responses, so a test can address a session that has no id yet.
    var sessionToken: String?

    init(_ session: SessionRecord, world: SimulatorWorld) {
        let expert = world.experts[session.expert]
        sessionId = session.sessionId.map(WireID.init)
        status = session.status.rawValue
        sessionStartToken = WireID(session.sessionStartToken)
        customerJoinUrl = "https://www.fastsupport.com/\(session.sessionStartToken)"
        partnerObject = session.partnerObject
        partnerObjectUrl = session.partnerObjectUrl
        startedAt = session.startedAt.map(WireTime.format)
        customerJoinedAt = session.customerJoinedAt.map(WireTime.format)
        endedAt = session.endedAt.map(WireTime.format)
        expertName = expert.name
        expertEmail = expert.email
        expertUserKey = expert.userKey
        customerName = session.customerName
        customerEmail = session.customerEmail
        accountKey = WireID(world.accountKey)
        sessionRecordingUrl = session.sessionRecordingUrl
        if let machine = session.machine {
            unattendedMachineName = machine.name
            unattendedMachineUuid = machine.uuid
            accountName = world.accountName
        }
        notes = session.notes
        if !session.collaborators.isEmpty {
            collaborators = session.collaborators.map { index in
                let other = world.experts[index]
                return WireCollaborator(expertName: other.name, expertEmail: other.email, expertUserKey: other.userKey)
            }
        }
    }
}

/// Another technician who joined a session (element shape per API-FACTS 6.1 [PROP]).
struct WireCollaborator: Encodable, Sendable {
    var expertName: String
    var expertEmail: String
    var expertUserKey: String
}

/// The GET /sessions envelope.
struct WireSessionList: Encodable, Sendable {
    var totalNumSessions: Int
    var sessions: [WireSession]
}

/// The POST /sessions response.
struct WireStartScreenSharing: Encodable, Sendable {
    struct Body: Encodable, Sendable {
        var launchUrl: String
        var sessionToken: String
    }

    var startScreenSharing: Body
}
