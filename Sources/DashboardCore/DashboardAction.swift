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

    // MARK: API results
    case sessionsResponse(Result<[Session], APIError>)
    case companiesResponse(offset: Int, Result<CompanyPage, APIError>)
    case recordingsResponse(Result<RecordingsSnapshot, APIError>)
    case themeLoaded(name: String, error: String?)
}


extension Result: @retroactive Equatable where Success: Equatable, Failure: Equatable {}
