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

    /// `updated 20s ago` (` 0s` while fresh), nil before the first success.
    public func updatedText(now: Date) -> String? {
        lastSuccess.map { "updated " + DurationText.ago(now.timeIntervalSince($0)) }
    }

    /// The label a pane shows: `loading…`, `updated  0s ago`, or `stale · retry 2 · updated 1m ago`.
    public func label(now: Date) -> String {
        if isStale {
            return (["stale", "retry \(failures)"] + [updatedText(now: now)].compactMap { $0 }).joined(separator: " · ")
        }
        if let updated = updatedText(now: now) { return updated }
        return inFlight ? "loading…" : "not loaded"
    }
}
