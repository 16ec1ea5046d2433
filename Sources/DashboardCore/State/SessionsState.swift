import Foundation
import GoToAssistAPI

/// The Sessions pane: rows, their sessions for the detail view, counts and freshness.
public struct SessionsState: Equatable, Sendable {
    /// Newest first, so live and new sessions are at the top; `s`/`S` change it.
    public var table = TableState<SessionRow>(sortColumn: 4, sortDescending: true)
    public var refresh = RefreshStatus()
    /// The full sessions by row key, for the detail view.
    public var sessions: [String: Session] = [:]
    /// Sessions per status in the last refresh, for the header.
    public var counts: [SessionStatus: Int] = [:]

    public init() {}

    /// Replaces the data with a fresh list.
    mutating func apply(_ list: [Session], now: Date) {
        var byKey: [String: Session] = [:]
        byKey.reserveCapacity(list.count)
        var counts: [SessionStatus: Int] = [:]
        var rows: [SessionRow] = []
        rows.reserveCapacity(list.count)
        for session in list {
            let key = session.stableKey
            if byKey[key] == nil { rows.append(SessionRow(session)) }
            byKey[key] = session
            counts[session.status, default: 0] += 1
        }
        sessions = byKey
        self.counts = counts
        table.setItems(rows, now: now)
    }
}
