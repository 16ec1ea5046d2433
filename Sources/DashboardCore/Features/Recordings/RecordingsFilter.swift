import Foundation
import GoToAssistAPI

/// What the Recordings pane asks the API for: whose recordings, which kind of session, which
/// period, archived or not. Set with the filter form (`f`); the pane's footer shows it.
public struct RecordingsFilter: Equatable, Sendable {
    /// Attended, unattended, or both kinds of session (`sessionType`).
    public enum Attendance: String, Sendable, CaseIterable {
        case both, attended, unattended
    }

    /// The last N days (counted by the server), or a range of UTC dates.
    public enum Period: Equatable, Sendable {
        case lastDays(Int)
        /// From the start of `from` to the end of `to`; an open end means "until now".
        case range(from: Date, to: Date?)
    }

    /// Whose recordings; nil uses the configured account, else the account of the sessions.
    public var owner: RecordingQuery.Owner?
    public var attendance: Attendance = .both
    public var period: Period = .lastDays(30)
    public var archived = false

    public init(owner: RecordingQuery.Owner? = nil, attendance: Attendance = .both,
                period: Period = .lastDays(30), archived: Bool = false) {
        self.owner = owner
        self.attendance = attendance
        self.period = period
        self.archived = archived
    }

    /// The API query for `owner` (the filter's own, or the one derived), at `now`.
    public func query(owner: RecordingQuery.Owner, now: Date) -> RecordingQuery {
        let unattended: Bool? = switch attendance {
        case .both: nil
        case .attended: false
        case .unattended: true
        }
        switch period {
        case .lastDays(let days):
            return RecordingQuery(owner: owner, unattended: unattended, timePeriodDays: days, archived: archived)
        case .range(let from, let to):
            return RecordingQuery(owner: owner, unattended: unattended, from: from, to: to ?? now, archived: archived)
        }
    }

    /// `last 30 days`, `2026-11-01 – 2026-11-28`, `since 2026-11-01`.
    public var periodText: String {
        switch period {
        case .lastDays(1): return "last day"
        case .lastDays(let days): return "last \(days) days"
        case .range(let from, nil): return "since " + FormField.dateText(from)
        case .range(let from, let to?): return FormField.dateText(from) + " – " + FormField.dateText(to)
        }
    }

    /// The parts of the filter that differ from the defaults besides owner and period:
    /// `attended`, `archived`.
    public var extraParts: [String] {
        var parts: [String] = []
        if attendance != .both { parts.append(attendance.rawValue) }
        if archived { parts.append("archived") }
        return parts
    }
}
