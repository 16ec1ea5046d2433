import GoToAssistAPI

/// The session detail's transcript: fetched once when the detail opens, shown below the fields.
///
/// Fetched on open rather than with every refresh: a transcript is only read when someone
/// looks, and a 30-day window of them would cost the API for nothing.
extension DashboardReducer {
    func loadTranscript(_ state: inout DashboardState, key: String) -> Effect<DashboardAction> {
        guard let id = state.sessions.session(forKey: key)?.sessionId else {
            state.sessions.transcript = nil
            return .none
        }
        if let current = state.sessions.transcript, current.sessionId == id, current.events.value != nil {
            return .none
        }
        state.sessions.transcript = TranscriptState(sessionId: id)
        let fetch = environment.workflows.sessionEvents
        return .run(id: .transcript) { send in
            do {
                await send(.transcriptResponse(sessionId: id, .success(try await fetch(id))))
            } catch {
                await send(.transcriptResponse(sessionId: id, .failure(Self.apiError(error))))
            }
        }
    }

    func transcriptResponse(_ state: inout DashboardState, sessionId: String,
                            _ result: Result<[SessionEvent], APIError>) -> Effect<DashboardAction> {
        guard state.sessions.transcript?.sessionId == sessionId else { return .none }
        switch result {
        case .success(let events): state.sessions.transcript?.events = .loaded(events)
        case .failure(let error): state.sessions.transcript?.events = .failed(TextSanitizer.sanitize(error.description))
        }
        clampOverlayScroll(&state)
        return .none
    }
}
