import GoToAssistAPI

/// Enter on a company: its unattended machines; `n` (or Enter) starts a session on one.
struct MachinesReducer {
    let environment: DashboardEnvironment

    func open(_ state: inout DashboardState, key: String) -> Effect<DashboardAction> {
        guard let row = state.companies.table.rows.first(where: { $0.key == key }) else { return .none }
        state.modals.append(.machines(MachinesPanelState(companyId: key, companyName: row.name)))
        let workflows = environment.workflows
        return .request(id: .dialogLoad, { try await workflows.machines(key) }) {
            .dialog(.machinesResponse(companyId: key, $0))
        }
    }

    func response(_ state: inout DashboardState, companyId: String, _ result: Result<[Machine], APIError>) {
        DialogStack.updateTop(&state) {
            guard case .machines(var panel) = $0, panel.companyId == companyId else { return }
            panel.machines = DialogStack.loadable(result)
            $0 = .machines(panel)
        }
    }
}
