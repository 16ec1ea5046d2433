import Clocks
import DashboardCore
import Foundation

extension DashboardClock {
    /// A dashboard clock driven by a swift-clocks `TestClock`: time moves only on `advance`.
    ///
    /// `now()` is `start` plus the test clock's elapsed time, so the dates a reducer stamps and
    /// the sleeps its effects wait on move together, as they do on the real clock. Lives in test
    /// support so DashboardCore does not depend on swift-clocks.
    static func test(_ clock: Clocks.TestClock<Duration>, start: Date = SessionFixtures.base) -> DashboardClock {
        let origin = Clocks.TestClock<Duration>.Instant()
        return DashboardClock(
            now: { start.addingTimeInterval(origin.duration(to: clock.now).timeInterval) },
            clock: clock)
    }
}

extension Duration {
    /// The duration in seconds, for `Date` arithmetic.
    var timeInterval: TimeInterval {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
