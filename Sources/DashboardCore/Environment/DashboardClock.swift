import Foundation

/// Wall-clock time and waiting, injected so timers can be tested by advancing a test clock.
///
/// Reducers call `now()` and `sleep(seconds)`; behind them sits any `Clock<Duration>`, so a test
/// can hand in a clock that only moves when told to and so check the order of timers,
/// debounces and backoff, while the app runs on `ContinuousClock`.
public struct DashboardClock: Sendable {
    public var now: @Sendable () -> Date
    /// Waits `seconds`; throws `CancellationError` when the effect is cancelled.
    public var sleep: @Sendable (Double) async throws -> Void
    /// Waits until `now()` reaches a date; returns at once for a date already past.
    ///
    /// Timers are set when the reducer asks for them, not when their task gets to run: a task
    /// that starts late (a loaded machine, a test that advances its clock first) still fires
    /// at the instant the reducer recorded as due, never that much later.
    public var sleepUntil: @Sendable (Date) async throws -> Void

    /// A clock from closures, for callers that script time by hand; without `sleepUntil`, it
    /// sleeps for the time left from `now()`.
    public init(now: @escaping @Sendable () -> Date, sleep: @escaping @Sendable (Double) async throws -> Void,
                sleepUntil: (@Sendable (Date) async throws -> Void)? = nil) {
        self.now = now
        self.sleep = sleep
        self.sleepUntil = sleepUntil ?? { date in try await sleep(max(0, date.timeIntervalSince(now()))) }
    }

    /// Sleeps on `clock`, so whoever owns that clock decides when waits end.
    ///
    /// A wait of zero or less returns at once (a `TestClock` would otherwise hold it until the
    /// next advance), but still throws `CancellationError` if the effect was cancelled.
    public init(now: @escaping @Sendable () -> Date, clock: any Clock<Duration>) {
        self.init(now: now, sleep: { seconds in
            guard seconds > 0 else { return try Task.checkCancellation() }
            try await clock.sleep(for: .seconds(seconds))
        })
    }

    /// The real clock.
    public static let live = DashboardClock(now: { Date() }, clock: ContinuousClock())
}
