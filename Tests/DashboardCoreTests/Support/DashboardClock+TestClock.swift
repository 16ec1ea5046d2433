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
        let sleepOn = DashboardClock(now: { start }, clock: clock).sleep
        return DashboardClock(
            now: { start.addingTimeInterval(origin.duration(to: clock.now).timeInterval) },
            sleep: sleepOn,
            // On the test clock's own instants: a sleep registered after an advance has passed
            // its deadline returns at once instead of waiting for the next advance.
            sleepUntil: { date in
                let deadline = origin.advanced(by: .milliseconds(Int64((date.timeIntervalSince(start) * 1000).rounded())))
                // Already due (the test advanced before this task got here): no wait at all.
                guard deadline > clock.now else { return try Task.checkCancellation() }
                try await clock.sleep(until: deadline)
            })
    }
}

extension Duration {
    /// The duration in seconds, for `Date` arithmetic.
    var timeInterval: TimeInterval {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
