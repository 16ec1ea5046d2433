import Foundation
import GoToAssistAPI

/// What happens to the Sessions pane beyond the generic pane.
public enum SessionsAction: Sendable, Equatable {
    /// The whole window of sessions.
    case response(Result<[Session], APIError>)
    /// Sessions started since `since` (and any not started yet): what may have changed.
    case updateResponse(since: Date, Result<[Session], APIError>)
    /// The chat transcript of a session arrived (or failed).
    case transcriptResponse(sessionId: String, Result<[SessionEvent], APIError>)
}
