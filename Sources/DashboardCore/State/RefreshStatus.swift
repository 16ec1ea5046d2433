import Foundation

/// How fresh a pane's data is: the basis of "updated Ns ago" and "stale · retry n".
///
/// Failed refreshes never touch `lastSuccess`, so old rows are never presented as fresh; the
/// failure count drives both the badge and the exponential backoff.
public struct RefreshStatus: Equatable, Sendable {
    /// A request is in flight; a new one is not started until it ends.
    public var inFlight = false {
        didSet { if !inFlight { inFlightSince = nil } }
    }
    /// When the request in flight was sent, for `waiting 7s` on a server slow to answer.
    public private(set) var inFlightSince: Date?
    public var lastSuccess: Date?
    /// Consecutive failures since the last success.
    public var failures = 0
    /// The last failure, sanitized, for the badge and the status bar.
    public var lastError: String?
    /// When the next automatic refresh is due.
    public var nextDue: Date?

    public init() {}

    /// How long a request may go unanswered before the pane says `waiting Ns`.
    public static let waitingAfter: Double = 5

    /// Marks a request as sent at `now`.
    public mutating func begin(at now: Date) {
        inFlight = true
        inFlightSince = now
        nextDue = nil
    }

    /// `waiting 7s` once a request has gone unanswered for `waitingAfter`, else nil.
    ///
    /// Without it a server that accepts and never answers looked like one still loading, with
    /// old rows under a label that did not move, until the answer timeout.
    public func waitingText(now: Date) -> String? {
        guard inFlight, let since = inFlightSince else { return nil }
        let waited = now.timeIntervalSince(since)
        guard waited >= Self.waitingAfter else { return nil }
        return "waiting \(Int(waited))s"
    }

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
