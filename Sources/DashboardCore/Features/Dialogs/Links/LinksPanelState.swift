import GoToAssistAPI

/// `:links`: the partner-system links registered for the configured domain.
public struct LinksPanelState: Equatable, Sendable {
    public var domain: String
    public var links: Loadable<[SystemLink]> = .loading
    public var selected = 0

    public init(domain: String) { self.domain = domain }
}
