import GoToAssistAPI

/// What a successful write returned.
public enum WriteOutcome: Equatable, Sendable {
    case sessionStarted(StartSessionResponse)
    /// The ticket now on the session (created or associated).
    case ticketAttached(PartnerTicket)
    case linkRegistered(SystemLink)
    /// The server accepted a transcode request for these recordings.
    case transcodeRequested([String])
}
