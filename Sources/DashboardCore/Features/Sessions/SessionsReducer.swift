import Foundation
import GoToAssistAPI

/// The Sessions pane's own logic: fetching the window (whole, or what may have changed),
/// merging the answers, the session started from here, and the open transcript.
struct SessionsReducer {
    let environment: DashboardEnvironment

    func reduce(_ state: inout DashboardState, _ action: SessionsAction) -> Effect<DashboardAction> {
        switch action {
        case .response(let result):
            return response(&state, since: nil, result)
        case .updateResponse(let since, let result):
            return response(&state, since: since, result)
        case .transcriptResponse(let sessionId, let result):
            transcriptResponse(&state, sessionId: sessionId, result)
            return .none
        }
    }

    /// Fetches the whole window when due, otherwise only what may have changed since a time.
    func fetch(_ state: inout DashboardState) -> Effect<DashboardAction> {
        let now = environment.clock.now()
        state.sessions.refresh.begin(at: now)
        let to = now.addingTimeInterval(60)
        let window = state.window
        let fetchSessions = environment.fetchSessions
        if state.sessions.needsFullFetch(now: now, window: window) {
            let from = now.addingTimeInterval(-window.seconds)
            return .request(id: .refresh(.sessions), { try await fetchSessions(from, to) }) { .sessions(.response($0)) }
        }
        let since = state.sessions.updateStart(now: now, window: window)
        return .request(id: .refresh(.sessions), { try await fetchSessions(since, to) }) {
            .sessions(.updateResponse(since: since, $0))
        }
    }

    /// A fetch of the whole window (`since == nil`) or an update since a time.
    private func response(_ state: inout DashboardState, since: Date?,
                          _ result: Result<[Session], APIError>) -> Effect<DashboardAction> {
        let now = environment.clock.now()
        state.sessions.refresh.inFlight = false
        switch result {
        case .success(let list):
            if let since {
                state.sessions.merge(list, since: since, window: state.window, now: now)
            } else {
                state.sessions.apply(list, window: state.window, now: now)
            }
            PaneRefresh.succeeded(&state.sessions.refresh, now: now)
            lookForWatchedSession(&state, in: list, now: now)
            followOpenDetail(&state)
            var effects = [PaneRefresh.rearm(&state, .sessions, environment), refreshOpenTranscript(&state)]
            // The Recordings pane waits for an account key, which comes with the sessions.
            if state.recordings.owner == nil, state.isVisible(.recordings), !state.recordings.refresh.inFlight,
               RecordingsReducer.owner(state) != nil {
                effects.append(PaneRefresh.start(&state, .recordings, environment))
            }
            return .batch(effects)
        case .failure(let error):
            PaneRefresh.failed(&state, .sessions, error, environment)
            return PaneRefresh.rearm(&state, .sessions, environment)
        }
    }

    /// Keeps the open detail on its session when the session changes key: listed by its start
    /// token until the expert starts it, it is listed by its id from then on.
    private func followOpenDetail(_ state: inout DashboardState) {
        guard case .detail(.sessions, let key, let scroll) = state.overlay, key.hasPrefix("token:"),
              state.sessions.session(forKey: key) == nil else { return }
        let token = String(key.dropFirst("token:".count))
        guard let session = state.sessions.table.items.first(where: { $0.session.sessionStartToken == token })?.session
        else { return }
        state.overlay = .detail(pane: .sessions, key: session.stableKey, scroll: scroll)
    }

    /// Refreshes Sessions now, unless a refresh is already running (after a write from here).
    func refreshSoon(_ state: inout DashboardState) -> Effect<DashboardAction> {
        if state.sessions.refresh.inFlight { return .none }
        return PaneRefresh.start(&state, .sessions, environment)
    }
}
