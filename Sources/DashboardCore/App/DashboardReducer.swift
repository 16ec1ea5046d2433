/// Turns actions into state changes and effects: routes each action to its feature.
///
/// Deterministic: time comes from `environment.clock`, I/O only from effects. The switch is
/// exhaustive with no `default`, so an action no feature handles does not compile; features
/// share behaviour by calling each other's functions, never by sending themselves actions.
public struct DashboardReducer: Sendable {
    public let environment: DashboardEnvironment

    public init(environment: DashboardEnvironment) {
        self.environment = environment
    }

    public func reduce(_ state: inout DashboardState, _ action: DashboardAction) -> Effect<DashboardAction> {
        switch action {
        case .app(let action): AppReducer(environment: environment).reduce(&state, action)
        case .pane(let id, let action): PaneReducer(environment: environment).reduce(&state, id, action)
        case .sessions(let action): SessionsReducer(environment: environment).reduce(&state, action)
        case .companies(let action): CompaniesReducer(environment: environment).reduce(&state, action)
        case .recordings(let action): RecordingsReducer(environment: environment).reduce(&state, action)
        case .downloads(let action): DownloadsReducer(environment: environment).reduce(&state, action)
        case .dialog(let action): DialogReducer(environment: environment).reduce(&state, action)
        case .commandLine(let action): CommandLineReducer(environment: environment).reduce(&state, action)
        case .profile(let action): ProfileReducer(environment: environment).reduce(&state, action)
        }
    }
}
