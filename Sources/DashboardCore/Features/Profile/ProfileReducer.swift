import GoToAssistAPI

/// `:profile NAME`: connect to another profile of the config at runtime.
///
/// The old profile's rows are dropped from the screen the moment the new one is connected,
/// so a technician never sees one account's sessions under another account's name; its
/// refreshes and dialogs are cancelled, and the new profile's panes load from scratch.
struct ProfileReducer {
    let environment: DashboardEnvironment

    func reduce(_ state: inout DashboardState, _ action: ProfileAction) -> Effect<DashboardAction> {
        switch action {
        case .switched(let name, let result):
            return switched(&state, name: name, result)
        }
    }

    func request(_ state: inout DashboardState, _ name: String) -> Effect<DashboardAction> {
        guard !name.isEmpty, !name.contains(" ") else {
            environment.post(&state, .error, ":profile needs one name, e.g. :profile emea (now: \(state.settings.profileName))")
            return .none
        }
        let sending = state.modals.contains { if case .confirm(let confirm) = $0 { confirm.isSending } else { false } }
        guard !sending else {
            environment.post(&state, .warn, "a write is being sent; switch profiles once it has finished")
            return .none
        }
        environment.post(&state, .info, "connecting to profile \(name)…")
        let switchProfile = environment.switchProfile
        return .request(id: .profileSwitch, { try await switchProfile(name) }) { .profile(.switched(name: name, $0)) }
    }

    private func switched(_ state: inout DashboardState, name: String,
                          _ result: Result<DashboardSettings, APIError>) -> Effect<DashboardAction> {
        var settings: DashboardSettings
        switch result {
        case .failure(let error):
            environment.post(&state, .error, "profile \(name): \(TextSanitizer.sanitize(error.description)); still on \(state.settings.profileName)")
            return .none
        case .success(let value):
            settings = value
        }
        // The theme is the technician's choice for this terminal, not the account's.
        settings.themeName = state.settings.themeName
        state.settings = settings
        state.sessions = SessionsState()
        state.companies = CompaniesState()
        state.recordings = RecordingsState()
        state.overlay = nil
        state.modals = []
        PaneRefresh.updatePageSizes(&state)
        environment.post(&state, .info, "profile \(settings.profileName): \(settings.host)" + (settings.readOnly ? " (read-only)" : ""))
        let cancelled: [EffectID] = PaneRefresh.allEffectIDs + [.companySearchDebounce, .write, .dialogLoad, .ticketSearch]
        return .batch(cancelled.map { Effect.cancel($0) } + [PaneRefresh.syncPolling(&state, environment)])
    }
}
