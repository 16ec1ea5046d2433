import GoToAssistAPI

/// The session detail's transcript: fetched once when the detail opens, shown below the fields.
///
/// Fetched on open rather than with every refresh: a transcript is only read when someone
/// looks, and a 30-day window of them would cost the API for nothing. While the detail of a
/// live session is open it is fetched again with each sessions refresh, since the chat goes
/// on; the lines on screen stay until the new ones arrive.
extension SessionsReducer {
    func loadTranscript(_ state: inout DashboardState, key: String, again: Bool = false) -> Effect<DashboardAction> {
        guard let id = state.sessions.session(forKey: key)?.sessionId else {
            state.sessions.transcript = nil
            return .none
        }
        if let current = state.sessions.transcript, current.sessionId == id, current.events.value != nil {
            guard again else { return .none }
        } else {
            state.sessions.transcript = TranscriptState(sessionId: id)
        }
        let fetch = environment.workflows.sessionEvents
        return .request(id: .transcript, { try await fetch(id) }) { .sessions(.transcriptResponse(sessionId: id, $0)) }
    }

    /// After a sessions refresh: the open detail's transcript again, if its session is live.
    func refreshOpenTranscript(_ state: inout DashboardState) -> Effect<DashboardAction> {
        guard case .detail(.sessions, let key, _) = state.overlay,
              let session = state.sessions.session(forKey: key), session.status.isLive else { return .none }
        return loadTranscript(&state, key: key, again: true)
    }

    func transcriptResponse(_ state: inout DashboardState, sessionId: String, _ result: Result<[SessionEvent], APIError>) {
        guard state.sessions.transcript?.sessionId == sessionId else { return }
        switch result {
        case .success(let events): state.sessions.transcript?.events = .loaded(events)
        case .failure(let error): state.sessions.transcript?.events = .failed(TextSanitizer.sanitize(error.description))
        }
        // The content grew: the render measures it again.
        state.overlayMaxScroll = nil
    }
}
