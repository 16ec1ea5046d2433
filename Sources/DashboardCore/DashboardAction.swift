import Foundation
import GoToAssistAPI

/// Everything that can happen to the dashboard, named after what happened.
public enum DashboardAction: Sendable, Equatable {
    // MARK: Lifecycle and time
    case appStarted
    case terminalResized(width: Int, height: Int)
    case clockTicked(Date)
    case refreshTimerFired(PaneID)
    case quitPressed

    // MARK: Navigation
    case paneKeyPressed(PaneID)
    case paneCycleKeyPressed(forward: Bool)
    case movementKeyPressed(TableMovement)
    case detailKeyPressed
    case escapePressed
    case helpKeyPressed
    case messageLogKeyPressed

    // MARK: Filter and sort
    case filterKeyPressed
    case filterEdited(String)
    case filterSubmitted
    case sortKeyPressed
    case sortReverseKeyPressed
    case refreshKeyPressed

    // MARK: Command line
    case commandKeyPressed
    case commandLineEdited(String)
    case commandHistoryBrowsed(older: Bool)
    case commandSubmitted

    // MARK: Workflows (dialogs take these while open)
    case newSessionKeyPressed
    case ticketKeyPressed
    case createTicketKeyPressed
    case addLinkKeyPressed
    case copyKeyPressed
    case openKeyPressed
    /// New text of the focused form field, or of the ticket query.
    case dialogTextEdited(String)
    case dialogFocusMoved(forward: Bool)
    case dialogSubmitted
    /// `/` in the ticket panel: edit the query.
    case dialogSearchKeyPressed
    case dialogPageTurned(forward: Bool)
    case confirmAnswered(accepted: Bool)

    // MARK: Workflow results
    case writeResponse(WriteRequest, Result<WriteOutcome, APIError>)
    case ticketLinkResponse(domain: String, Result<[SystemLink], APIError>)
    case ticketSearchResponse(query: String, offset: Int, Result<[PartnerTicket], APIError>)
    case linksResponse(domain: String, Result<[SystemLink], APIError>)
    case machinesResponse(companyId: String, Result<[Machine], APIError>)
    case browserLinkResponse(Result<String, APIError>)
    /// What came of `y` (copy) or `o` (open).
    case dialogNoteReceived(String)

    // MARK: API results
    /// The whole window of sessions.
    case sessionsResponse(Result<[Session], APIError>)
    /// Sessions started since `since` (and any not started yet): what may have changed.
    case sessionsUpdateResponse(since: Date, Result<[Session], APIError>)
    case companiesResponse(offset: Int, Result<CompanyPage, APIError>)
    case recordingsResponse(Result<RecordingsSnapshot, APIError>)
    case themeLoaded(name: String, error: String?)
    /// `:profile NAME` finished connecting: the new profile's settings, or why it failed.
    case profileSwitched(name: String, Result<DashboardSettings, APIError>)
}


extension Result: @retroactive Equatable where Success: Equatable, Failure: Equatable {}
