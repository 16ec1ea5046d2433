import Foundation
import GoToAssistAPI

extension SessionsReducer {
    /// After a refresh: selects and highlights the session started from here once it shows up.
    ///
    /// A session listed before the expert starts it has no id, so its row key is its token;
    /// once started it has an id and a new key. The watch therefore stays until the session is
    /// seen with an id (or the minute is up), and the highlight (and the cursor, if it was on
    /// the session) follows it to the new key.
    func lookForWatchedSession(_ state: inout DashboardState, in list: [Session], now: Date) {
        guard let watch = state.sessions.watch else { return }
        if let session = list.first(where: watch.matches) {
            let key = session.stableKey
            let previous = state.sessions.highlightedKey
            if session.sessionId != nil || now >= watch.until { state.sessions.watch = nil }
            guard key != previous else { return }
            state.sessions.highlightedKey = key
            if previous == nil || state.sessions.table.selectedKey == nil || state.sessions.table.selectedKey == previous {
                state.sessions.table.select(key: key)
            }
            if let id = session.sessionId {
                environment.post(&state, .info, "the new session is in the list: \(id)")
            } else {
                environment.post(&state, .info, "the new session is in the list, waiting for the expert to start it")
            }
        } else if now >= watch.until {
            state.sessions.watch = nil
            environment.post(&state, .info, "the new session has not appeared yet; it shows up once the expert starts it")
        }
    }
}
