import GoToAssistAPI

/// `:profile NAME` at runtime.
public enum ProfileAction: Sendable, Equatable {
    /// Connecting finished: the new profile's settings, or why it failed.
    case switched(name: String, Result<DashboardSettings, APIError>)
}
