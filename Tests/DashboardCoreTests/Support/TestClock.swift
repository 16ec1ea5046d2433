import DashboardCore
import Foundation

/// A manual clock: "now" moves only when a test says so, and sleeps return at once while
/// recording how long they were asked to wait.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    private var requested: [Double] = []

    init(now: Date = Date(timeIntervalSince1970: 1_800_000_000)) { current = now }

    var now: Date { lock.withLock { current } }
    var sleeps: [Double] { lock.withLock { requested } }

    func advance(_ seconds: Double) { lock.withLock { current = current.addingTimeInterval(seconds) } }

    var clock: DashboardClock {
        DashboardClock(
            now: { [self] in now },
            sleep: { [self] seconds in
                try Task.checkCancellation()
                lock.withLock { requested.append(seconds) }
            })
    }
}
