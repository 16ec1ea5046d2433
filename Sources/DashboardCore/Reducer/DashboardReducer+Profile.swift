import GoToAssistAPI

/// `:profile NAME`: connect to another profile of the config at runtime.
///
/// The old profile's rows are dropped from the screen the moment the new one is connected,
/// so a technician never sees one account's sessions under another account's name; its
/// refreshes and dialogs are cancelled, and the new profile's panes load from scratch.
extension DashboardReducer {
    func requestProfile(_ name: String, _ state: inout DashboardState) -> Effect<DashboardAction> {
        guard !name.isEmpty, !name.contains(" ") else {
            post(&state, .error, ":profile needs one name, e.g. :profile emea (now: \(state.settings.profileName))")
            return .none
        }
        let sending = state.modals.contains { if case .confirm(let confirm) = $0 { confirm.isSending } else { false } }
        guard !sending else {
            post(&state, .warn, "a write is being sent; switch profiles once it has finished")
            return .none
        }
        post(&state, .info, "connecting to profile \(name)…")
        let switchProfile = environment.switchProfile
        return .run(id: .profileSwitch) { send in
            do {
                await send(.profileSwitched(name: name, .success(try await switchProfile(name))))
            } catch {
                await send(.profileSwitched(name: name, .failure(Self.apiError(error))))
            }
        }
    }

    func profileSwitched(_ state: inout DashboardState, name: String,
                         _ result: Result<DashboardSettings, APIError>) -> Effect<DashboardAction> {
        var settings: DashboardSettings
        switch result {
        case .failure(let error):
            post(&state, .error, "profile \(name): \(TextSanitizer.sanitize(error.description)); still on \(state.settings.profileName)")
            return .none
        case .success(let value):
            settings = value
        }
        // The theme is the technician's choice for this terminal, not the account's.
        settings.themeName = state.themeName
        state.settings = settings
        state.window = settings.window
        state.sessions = SessionsState()
        state.companies = CompaniesState()
        state.recordings = RecordingsState()
        state.overlay = nil
        state.modals = []
        updatePageSizes(&state)
        post(&state, .info, "profile \(settings.profileName): \(settings.host)" + (settings.readOnly ? " (read-only)" : ""))
        let cancelled: [EffectID] = PaneID.allCases.flatMap { [EffectID.refresh($0), .refreshTimer($0)] }
            + [.companySearchDebounce, .write, .dialogLoad, .ticketSearch]
        return .batch(cancelled.map { Effect.cancel($0) } + [syncPolling(&state)])
    }
}
