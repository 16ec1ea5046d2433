import Foundation

/// Time as the client sees it: a monotonic reading, the wall clock, and a way to wait.
///
/// Injected so that retries, backoff, rate limiting and token expiry can be tested without
/// waiting in real time.
public struct ClientClock: Sendable {
    /// Monotonic seconds, for measuring intervals.
    public var monotonic: @Sendable () -> Double
    /// The wall clock, for token expiry.
    public var now: @Sendable () -> Date
    /// Waits; throws `CancellationError` when the task is cancelled.
    public var sleep: @Sendable (Double) async throws -> Void

    public init(monotonic: @escaping @Sendable () -> Double, now: @escaping @Sendable () -> Date,
                sleep: @escaping @Sendable (Double) async throws -> Void) {
        self.monotonic = monotonic
        self.now = now
        self.sleep = sleep
    }

    /// The real clocks.
    public static let live: ClientClock = {
        let clock = ContinuousClock()
        let start = clock.now
        return ClientClock(
            monotonic: {
                let elapsed = start.duration(to: clock.now).components
                return Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
            },
            now: { Date() },
            sleep: { seconds in
                guard seconds > 0 else { return }
                try await Task.sleep(for: .milliseconds(Int((seconds * 1000).rounded(.up))))
            })
    }()
}
