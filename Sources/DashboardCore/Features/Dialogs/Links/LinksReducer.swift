import GoToAssistAPI

/// `:links`: the partner-system links registered for the configured domain; `a` registers one.
struct LinksReducer {
    let environment: DashboardEnvironment

    func open(_ state: inout DashboardState) -> Effect<DashboardAction> {
        state.overlay = nil
        guard let domain = state.settings.partnerDomain, !domain.isEmpty else {
            var panel = LinksPanelState(domain: "")
            panel.links = .failed("no partner domain configured: set partner_domain in the config")
            state.modals = [.links(panel)]
            return .none
        }
        state.modals = [.links(LinksPanelState(domain: domain))]
        return load(domain: domain)
    }

    func load(domain: String) -> Effect<DashboardAction> {
        let workflows = environment.workflows
        return .request(id: .dialogLoad, { try await workflows.systemLinks(domain) }) {
            .dialog(.linksResponse(domain: domain, $0))
        }
    }

    func response(_ state: inout DashboardState, domain: String, _ result: Result<[SystemLink], APIError>) {
        DialogStack.updateTop(&state) {
            guard case .links(var panel) = $0, panel.domain == domain else { return }
            panel.links = DialogStack.loadable(result)
            panel.selected = min(panel.selected, max(0, (panel.links.value?.count ?? 1) - 1))
            $0 = .links(panel)
        }
    }

    /// `a`: the form that registers (or replaces) the link for the panel's domain.
    func add(_ state: inout DashboardState) -> Effect<DashboardAction> {
        guard case .links(let panel) = state.modals.last else { return .none }
        return FormReducer(environment: environment).open(
            &state, .registerLink(domain: panel.domain), refusal: "read-only: registering links is disabled")
    }
}
