import Foundation

/// How fresh a pane's data is: the basis of "updated Ns ago" and "stale · retry n".
///
/// Failed refreshes never touch `lastSuccess`, so old rows are never presented as fresh; the
/// failure count drives both the badge and the exponential backoff.
public struct RefreshStatus: Equatable, Sendable {
    /// A request is in flight; a new one is not started until it ends.
    public var inFlight = false
    public var lastSuccess: Date?
    /// Consecutive failures since the last success.
    public var failures = 0
    /// The last failure, sanitized, for the badge and the status bar.
    public var lastError: String?
    /// When the next automatic refresh is due.
    public var nextDue: Date?

    public init() {}

    /// Whether the rows on screen come from before one or more failed refreshes.
    public var isStale: Bool { failures > 0 }

    /// The wait before the next automatic attempt: the interval, doubled per failure, capped.
    public func delay(interval: Double, maxBackoff: Double = 300) -> Double {
        guard failures > 0 else { return interval }
        return max(interval, min(maxBackoff, interval * pow(2, Double(min(failures, 16)))))
    }

    /// The label a pane shows: `loading…`, `updated 4s ago`, or `stale · retry 2 · <error>`.
    public func label(now: Date) -> String {
        if isStale {
            let age = lastSuccess.map { " · updated \(DurationText.age(now.timeIntervalSince($0))) ago" } ?? ""
            return "stale · retry \(failures)\(age)"
        }
        if let lastSuccess { return "updated \(DurationText.age(now.timeIntervalSince(lastSuccess))) ago" }
        return inFlight ? "loading…" : "not loaded"
    }
}
