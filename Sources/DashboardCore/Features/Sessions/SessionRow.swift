import Foundation
import GoToAssistAPI

/// One session prepared for display: every text already passed through the sanitizer.
///
/// The Sessions pane and `g2a-dash sessions --output table` both show these, so the two never
/// disagree on what a column means. Time columns depend on "now", so they are computed when
/// drawn (`displayCells`) rather than stored.
public struct SessionRow: TableRow, Hashable {
    /// The session and its display texts, shared by every copy of the row.
    ///
    /// One allocation per session: the pane's `items`, its sorted `rows` and the detail view all
    /// point at the same storage, which keeps 100,000 sessions inside the memory budget.
    private let storage: Storage

    public init(_ session: Session) { storage = Storage(session) }

    /// The full session as the API delivered it, for the detail view.
    public var session: Session { storage.session }
    public var key: String { storage.key }
    public var status: SessionStatus { storage.session.status }
    public var statusWord: String { storage.statusWord }
    public var sessionId: String { storage.sessionId }
    public var customer: String { storage.customer }
    public var expert: String { storage.expert }
    public var ticket: String { storage.ticket }
    public var startedAt: Date? { storage.session.startedAt }
    public var customerJoinedAt: Date? { storage.session.customerJoinedAt }
    public var endedAt: Date? { storage.session.endedAt }
    public var numericId: Double? { storage.numericId }

    public static func == (lhs: SessionRow, rhs: SessionRow) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.session == rhs.storage.session
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(storage.key) }

    /// The columns, in display order.
    public static let columns = ["STATUS", "SESSION", "CUSTOMER", "EXPERT", "STARTED", "WAITED", "DURATION", "TICKET"]

    /// Immutable, hence safe to share across tasks.
    private final class Storage: Sendable {
        let session: Session
        let key: String
        let statusWord: String
        let sessionId: String
        let customer: String
        let expert: String
        let ticket: String
        let numericId: Double?

        init(_ session: Session) {
            self.session = session
            key = session.stableKey
            statusWord = SessionRow.word(for: session.status)
            sessionId = TextSanitizer.sanitize(session.sessionId ?? (session.sessionStartToken.map { "key " + $0 } ?? "—"))
            customer = TextSanitizer.sanitize(session.customerName ?? session.customerEmail ?? "")
            expert = TextSanitizer.sanitize(session.expertName ?? session.expertEmail ?? "")
            ticket = TextSanitizer.sanitize(session.partnerObject ?? "")
            numericId = session.sessionId.flatMap(Double.init)
        }
    }

    /// The text columns, which the `/` filter searches.
    public var cells: [String] { [statusWord, sessionId, customer, expert, ticket] }

    /// All columns in display order, times computed against `now`.
    public func displayCells(now: Date, time: TimeText) -> [String] {
        let waitingNow = customerJoinedAt == nil && status == .waiting
        let running = endedAt == nil && status.isLive
        // Running times step in seconds the clock and the age labels leave free (TickSlots).
        let tick = TickSlots.durationTime(now: now)
        return [statusWord, sessionId, customer, expert, time.short(startedAt, now: now),
                DurationText.compact(waited(now: tick), running: waitingNow),
                DurationText.compact(duration(now: tick), running: running), ticket]
    }

    /// Customer joined − started; while still waiting, how long so far.
    public func waited(now: Date) -> TimeInterval? {
        guard let startedAt else { return nil }
        if let customerJoinedAt { return max(0, customerJoinedAt.timeIntervalSince(startedAt)) }
        if status == .waiting { return max(0, now.timeIntervalSince(startedAt)) }
        return nil
    }

    /// Started until ended, or until now while the session runs.
    public func duration(now: Date) -> TimeInterval? {
        guard let startedAt else { return nil }
        let end = endedAt ?? (status.isLive ? now : nil)
        return end.map { max(0, $0.timeIntervalSince(startedAt)) }
    }

    public func sortValue(column index: Int) -> SortValue {
        switch index {
        case 0: return .number(Double(Self.statusOrder(status)))
        case 1: return numericId.map(SortValue.number) ?? .text(sessionId)
        case 2: return .text(customer)
        case 3: return .text(expert)
        case 4: return startedAt.map { .number($0.timeIntervalSince1970) } ?? .missing
        case 5: return customerJoinedAt.flatMap { j in startedAt.map { .number(j.timeIntervalSince($0)) } } ?? .missing
        case 6: return endedAt.flatMap { e in startedAt.map { .number(e.timeIntervalSince($0)) } }
            ?? startedAt.map { .number(-$0.timeIntervalSince1970) } ?? .missing
        default: return ticket.isEmpty ? .missing : .text(ticket)
        }
    }

    /// Live states first, in the order a technician acts on them.
    public static func statusOrder(_ status: SessionStatus) -> Int {
        switch status {
        case .waiting: 0
        case .active: 1
        case .notStarted: 2
        case .complete: 3
        case .abandoned: 4
        case .other: 5
        }
    }

    /// The words people read in the status column.
    public static func word(for status: SessionStatus) -> String {
        switch status {
        case .notStarted: "not started"
        case .other(let text): TextSanitizer.sanitize(text)
        default: status.rawValue
        }
    }
}
