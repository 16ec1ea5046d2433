import GoToAssistAPI

/// The forms: start a session, create a ticket, register a link (and the recordings filter,
/// which Recordings submits itself). A valid form asks for confirmation before its write.
struct FormReducer {
    let environment: DashboardEnvironment

    /// Opens a form for a write, unless read-only mode forbids the write.
    func open(_ state: inout DashboardState, _ form: FormState, refusal: String) -> Effect<DashboardAction> {
        if state.settings.readOnly {
            environment.post(&state, .warn, refusal + " (--readonly)")
            return .none
        }
        state.overlay = nil
        state.modals.append(.form(form))
        return .none
    }

    /// `n`: the start-session form; on an online machine of a company's panel, an unattended one.
    func newSession(_ state: inout DashboardState) -> Effect<DashboardAction> {
        if case .machines(let panel) = state.modals.last {
            guard let machine = panel.selectedMachine else { return .none }
            guard machine.isOnline else {
                environment.post(&state, .warn, "\(machine.machineName ?? machine.machineUuid) is \(machine.machineStatus ?? "not online"); unattended sessions need an online machine")
                return .none
            }
            return open(&state, .startSession(machine: machine), refusal: "read-only: starting sessions is disabled")
        }
        guard state.modals.isEmpty else { return .none }
        return open(&state, .startSession(), refusal: "read-only: starting sessions is disabled")
    }

    /// Enter: checks every field; a valid write form goes on to its confirmation.
    func submit(_ state: inout DashboardState, _ form: FormState) -> Effect<DashboardAction> {
        if form.kind == .recordingsFilter { return RecordingsReducer(environment: environment).submitFilter(&state, form) }
        var form = form
        guard form.validate(), let write = form.write else {
            state.modals[state.modals.count - 1] = .form(form)
            return .none
        }
        form.error = nil
        state.modals[state.modals.count - 1] = .form(form)
        return WriteReducer(environment: environment).confirm(&state, write)
    }
}
