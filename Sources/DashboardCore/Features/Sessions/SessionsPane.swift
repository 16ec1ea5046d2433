import Foundation
import GoToAssistAPI

extension PaneID {
    public static let sessions = PaneID("sessions")
}

/// The Sessions pane as the registry knows it: its rows, its fetch, its detail.
enum SessionsPane {
    static let descriptor = PaneDescriptor(
        id: .sessions, title: "Sessions", columns: SessionRow.columns, commands: [.newSession, .ticket],
        tickSlot: 3, footerRows: 0, interval: { $0.sessionsInterval },
        table: \DashboardState.sessions.table, refresh: \DashboardState.sessions.refresh,
        hooks: PaneHooks(
            fetch: { state, environment in SessionsReducer(environment: environment).fetch(&state) },
            refreshRequested: { $0.sessions.fullFetchRequested = true },
            fasterInterval: { state, now in
                guard let watch = state.sessions.watch, now < watch.until else { return nil }
                return SessionWatch.interval
            },
            opened: { state, key, environment in
                state.overlay = .detail(pane: .sessions, key: key, scroll: 0)
                state.overlayMaxScroll = nil
                return SessionsReducer(environment: environment).loadTranscript(&state, key: key)
            },
            detail: { state, key, now, time in
                guard let session = state.sessions.session(forKey: key) else { return nil }
                return PaneDetail(
                    title: "Session " + (session.sessionId ?? session.sessionStartToken ?? key),
                    fields: SessionFieldList.fields(session, now: now, time: time).map { PaneDetailField($0.label, $0.value) })
            }))
}
