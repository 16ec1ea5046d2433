import Foundation
import GoToAssistAPI

/// One session prepared for display: every text already passed through the sanitizer.
///
/// The Sessions pane and `g2a-dash sessions --output table` both show these, so the two never
/// disagree on what a column means. Time columns depend on "now", so they are computed when
/// drawn (`displayCells`) rather than stored.
public struct SessionRow: TableRow, Hashable {
    public var key: String
    public var status: SessionStatus
    public var statusWord: String
    public var sessionId: String
    public var customer: String
    public var expert: String
    public var ticket: String
    public var startedAt: Date?
    public var customerJoinedAt: Date?
    public var endedAt: Date?
    public var numericId: Double?

    /// The columns, in display order.
    public static let columns = ["STATUS", "SESSION", "CUSTOMER", "EXPERT", "STARTED", "WAITED", "DURATION", "TICKET"]

    public init(_ session: Session) {
        key = session.stableKey
        status = session.status
        statusWord = Self.word(for: session.status)
        sessionId = TextSanitizer.sanitize(session.sessionId ?? (session.sessionStartToken.map { "key " + $0 } ?? "—"))
        customer = TextSanitizer.sanitize(session.customerName ?? session.customerEmail ?? "")
        expert = TextSanitizer.sanitize(session.expertName ?? session.expertEmail ?? "")
        ticket = TextSanitizer.sanitize(session.partnerObject ?? "")
        startedAt = session.startedAt
        customerJoinedAt = session.customerJoinedAt
        endedAt = session.endedAt
        numericId = session.sessionId.flatMap(Double.init)
    }

    /// The text columns, which the `/` filter searches.
    public var cells: [String] { [statusWord, sessionId, customer, expert, ticket] }

    /// All columns in display order, times computed against `now`.
    public func displayCells(now: Date, time: TimeText) -> [String] {
        [statusWord, sessionId, customer, expert, time.short(startedAt, now: now),
         DurationText.compact(waited(now: now)), DurationText.compact(duration(now: now)), ticket]
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
