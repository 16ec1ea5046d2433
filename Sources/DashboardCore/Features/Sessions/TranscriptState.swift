import GoToAssistAPI

/// The chat transcript of the session whose detail is open, loaded when the detail opens.
public struct TranscriptState: Equatable, Sendable {
    public var sessionId: String
    public var events: Loadable<[SessionEvent]>

    public init(sessionId: String, events: Loadable<[SessionEvent]> = .loading) {
        self.sessionId = sessionId
        self.events = events
    }
}
