import GoToAssistAPI

/// The workflow dialogs: opening them, the keys they take while open, and their answers.
public enum DialogAction: Sendable, Equatable {
    case newSessionKeyPressed
    case ticketKeyPressed
    case createTicketKeyPressed
    case addLinkKeyPressed
    case copyKeyPressed
    case openKeyPressed
    /// A key or paste changed the focused form field, or the ticket query.
    case textEdited(LineEdit)
    case focusMoved(forward: Bool)
    case submitted
    /// `/` in the ticket panel: edit the query.
    case searchKeyPressed
    case pageTurned(forward: Bool)
    case confirmAnswered(accepted: Bool)
    /// Movement keys in a dialog's list.
    case moved(TableMovement)
    case escapePressed

    case writeResponse(WriteRequest, Result<WriteOutcome, APIError>)
    case ticketLinkResponse(domain: String, Result<[SystemLink], APIError>)
    case ticketSearchResponse(query: String, offset: Int, Result<[PartnerTicket], APIError>)
    case linksResponse(domain: String, Result<[SystemLink], APIError>)
    case machinesResponse(companyId: String, Result<[Machine], APIError>)
    case browserLinkResponse(Result<String, APIError>)
    /// What came of `y` (copy) or `o` (open).
    case noteReceived(String)
}
