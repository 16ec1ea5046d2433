import GoToAssistAPI

/// What happens to the Companies pane beyond the generic pane.
public enum CompaniesAction: Sendable, Equatable {
    /// A page (offset 0: every page loaded so far) of companies.
    case response(offset: Int, Result<CompanyPage, APIError>)
    /// The search debounce ran out: search the server, and keep editing.
    case searchDebounced
}
