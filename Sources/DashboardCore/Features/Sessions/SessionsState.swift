import Foundation
import GoToAssistAPI

/// The Sessions pane: rows (each carrying its full session for the detail view), counts and
/// freshness.
public struct SessionsState: Equatable, Sendable {
    /// Newest first, so live and new sessions are at the top; `s`/`S` change it.
    public var table = TableState<SessionRow>(sortColumn: 4, sortDescending: true)
    public var refresh = RefreshStatus()
    /// Sessions per status in the last refresh, for the header.
    public var counts: [SessionStatus: Int] = [:]
    /// A session just started from the dashboard, watched for until it appears.
    public var watch: SessionWatch?
    /// The transcript of the session whose detail is (or was last) open.
    public var transcript: TranscriptState?
    /// The row of the session last started from here, drawn highlighted.
    public var highlightedKey: String?
    /// When the whole window was last fetched, and for which window.
    public var lastFullFetch: Date?
    public var loadedWindow: SessionWindow?
    /// `r` asks for the whole window again, not just what may have changed.
    public var fullFetchRequested = false

    /// How often the whole window is fetched again; in between only what may change is.
    ///
    /// Ended sessions do not change, so re-reading 30 days of them every 5 s would cost the
    /// API and the link for nothing (and, with 100,000 sessions, memory for each decode).
    /// The periodic full fetch still catches edits made elsewhere (a ticket attached in the
    /// web console, a session that aged out of the window).
    public static let fullFetchSeconds: Double = 300
    /// An update always re-reads at least this far back, for sessions just created or started.
    public static let updateLookback: Double = 900

    /// Whether the next refresh fetches the whole window.
    public func needsFullFetch(now: Date, window: SessionWindow) -> Bool {
        guard let lastFullFetch, loadedWindow == window, !fullFetchRequested else { return true }
        return now.timeIntervalSince(lastFullFetch) >= Self.fullFetchSeconds
    }

    /// Where an update starts: early enough for every live session on screen and anything new.
    public func updateStart(now: Date, window: SessionWindow) -> Date {
        var start = now.addingTimeInterval(-Self.updateLookback)
        for row in table.items where row.status.isLive {
            if let started = row.startedAt, started < start { start = started }
        }
        return max(start, now.addingTimeInterval(-window.seconds))
    }

    public init() {}

    /// The full session behind the row `key`, if the last refresh delivered it.
    public func session(forKey key: String) -> Session? {
        if let row = table.selectedRow, row.key == key { return row.session }
        return table.items.first { $0.key == key }?.session
    }

    /// Shows a ticket just attached on its session's row until the next refresh confirms it.
    mutating func setTicket(_ ticket: PartnerTicket, forSessionId sessionId: String, now: Date) {
        guard let index = table.items.firstIndex(where: { $0.session.sessionId == sessionId }) else { return }
        var items = table.items
        var session = items[index].session
        session.partnerObject = ticket.partnerObject
        session.partnerObjectUrl = ticket.partnerObjectUrl ?? session.partnerObjectUrl
        items[index] = SessionRow(session)
        table.setItems(items, now: now)
    }

    /// Replaces the data with a fresh list of the whole window; a key listed twice keeps its first entry.
    mutating func apply(_ list: [Session], window: SessionWindow, now: Date) {
        fullFetchRequested = false
        lastFullFetch = now
        loadedWindow = window
        setRows(list.map(SessionRow.init), now: now)
    }

    /// Merges an update covering sessions started since `since` (and those not started yet):
    /// those are replaced by the update, older ones stay, and ones that left the window go.
    mutating func merge(_ list: [Session], since: Date, window: SessionWindow, now: Date) {
        let windowStart = now.addingTimeInterval(-window.seconds)
        var rows = list.map(SessionRow.init)
        rows.reserveCapacity(table.items.count + list.count)
        for row in table.items {
            guard let started = row.startedAt, started < since else { continue }
            if started >= windowStart { rows.append(row) }
        }
        setRows(rows, now: now)
    }

    private mutating func setRows(_ candidates: [SessionRow], now: Date) {
        var seen = Set<String>(minimumCapacity: candidates.count)
        var counts: [SessionStatus: Int] = [:]
        var rows: [SessionRow] = []
        rows.reserveCapacity(candidates.count)
        for row in candidates where seen.insert(row.key).inserted {
            rows.append(row)
            counts[row.status, default: 0] += 1
        }
        self.counts = counts
        table.setItems(rows, now: now)
    }
}
