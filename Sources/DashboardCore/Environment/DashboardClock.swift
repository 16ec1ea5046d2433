import Foundation

/// Wall-clock time and waiting, injected so timers can be tested by advancing a manual clock.
public struct DashboardClock: Sendable {
    public var now: @Sendable () -> Date
    /// Waits `seconds`; throws `CancellationError` when the effect is cancelled.
    public var sleep: @Sendable (Double) async throws -> Void

    public init(now: @escaping @Sendable () -> Date, sleep: @escaping @Sendable (Double) async throws -> Void) {
        self.now = now
        self.sleep = sleep
    }

    /// The real clock.
    public static let live = DashboardClock(
        now: { Date() },
        sleep: { seconds in
            guard seconds > 0 else { return }
            try await Task.sleep(for: .milliseconds(Int((seconds * 1000).rounded(.up))))
        })
}
