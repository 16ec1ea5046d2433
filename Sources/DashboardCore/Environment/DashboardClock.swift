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

    /// A clock from two closures, for callers that script time by hand.
    public init(now: @escaping @Sendable () -> Date, sleep: @escaping @Sendable (Double) async throws -> Void) {
        self.now = now
        self.sleep = sleep
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
