/// One support session as the simulator stores it; times are sim-clock epoch seconds.
struct SessionRecord: Sendable {
    /// The session's position in creation order; stable for the session's life.
    var serial: Int
    /// Assigned only when the expert starts the session (API-FACTS quirk 5).
    var sessionId: Int?
    /// The opaque `e0-…` token returned by POST /sessions.
    var sessionToken: String
    /// The 9-digit support key customers type in.
    var sessionStartToken: Int
    var status: SessionStatus
    var createdAt: Int64
    var startedAt: Int64?
    var customerJoinedAt: Int64?
    var endedAt: Int64?
    /// Index into `SimulatorWorld.experts` of the first technician.
    var expert: Int
    var collaborators: [Int] = []
    var customerName: String?
    var customerEmail: String?
    var partnerObject: String?
    var partnerObjectUrl: String?
    var sessionRecordingUrl: String?
    var machine: MachineRef?
    var notes: String?
    var callbackURL: String?
    /// With churn enabled, a session created by POST /sessions starts itself at this sim time.
    var autoStartAt: Int64?

    /// The instant GET /sessions filters and sorts on: start time, or creation time if never started.
    var windowTime: Int64 {
        startedAt ?? createdAt
    }
}

/// The unattended machine a session connected to.
struct MachineRef: Sendable {
    var uuid: String
    var name: String
    var companyName: String
}
