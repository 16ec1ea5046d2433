import GoToAssistAPI

/// Shared helpers of the dialog stack, for every dialog's reducer.
enum DialogStack {
    /// Applies a change to the top dialog.
    static func updateTop(_ state: inout DashboardState, _ change: (inout Modal) -> Void) {
        guard var top = state.modals.last else { return }
        change(&top)
        state.modals[state.modals.count - 1] = top
    }

    /// A lookup's answer as the dialog shows it: the value, or the sanitized reason.
    static func loadable<Value>(_ result: Result<Value, APIError>) -> Loadable<Value> {
        switch result {
        case .success(let value): .loaded(value)
        case .failure(let error): .failed(TextSanitizer.sanitize(error.description))
        }
    }
}
