import Clocks
import DashboardCore
import Foundation

/// A scripted file downloader on the swift-clocks `TestClock`: records each call, waits on the
/// test clock before each progress report (so a test advances time to see it), fails the URLs
/// it is told to, or hangs until cancelled.
///
/// `FakeDownloads` advances the old manual clock, which the downloads effect no longer reads:
/// its progress throttle uses `environment.clock`, the test clock here.
final class RecDownloads: @unchecked Sendable {
    struct Call: Equatable {
        var url: String
        var path: String
        var expectedSize: Int64?
    }

    private let lock = NSLock()
    private let clock: Clocks.TestClock<Duration>
    private var recorded: [Call] = []
    private var cancellations = 0
    /// Errors to throw by URL, instead of downloading.
    var failures: [String: any Error] = [:]
    /// How many progress reports a file makes (its size split evenly), unknown sizes 100 bytes.
    var steps = 2
    /// Test-clock time before each progress report, by file extension (`mp4`, `events`, `jpg`);
    /// `pause` for the others. Zero reports at once.
    var pauses: [String: Duration] = [:]
    var pause: Duration = .zero
    /// Waits until cancelled instead of downloading.
    var hangs = false

    /// Yields after every call and every cancellation, so a test waits for them without polling.
    private let (changes, changed) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))

    init(clock: Clocks.TestClock<Duration>) { self.clock = clock }

    /// Returns once `condition` holds; it is checked again after every call or cancellation.
    func waitUntil(_ condition: @Sendable (RecDownloads) -> Bool) async {
        if condition(self) { return }
        for await _ in changes where condition(self) { return }
    }

    var calls: [Call] { lock.withLock { recorded } }
    /// Downloads that stopped because their task was cancelled.
    var cancelledCount: Int { lock.withLock { cancellations } }

    func fail(_ url: String, with error: any Error) { lock.withLock { failures[url] = error } }

    var closure: DashboardEnvironment.DownloadRecordingFile {
        { [self] url, path, size, progress in
            // Deadlines count from the start, so a report is due at the same test-clock time
            // however late this task gets to its next sleep.
            let started = clock.now
            let (error, steps, pause, hangs) = lock.withLock { () -> ((any Error)?, Int, Duration, Bool) in
                recorded.append(Call(url: url, path: path, expectedSize: size))
                let ext = String(url.split(separator: "?").first?.split(separator: ".").last ?? "")
                defer { changed.yield() }
                return (failures[url], self.steps, pauses[ext] ?? self.pause, self.hangs)
            }
            if hangs {
                // Parked until the effect is cancelled, like a download on a stalled link.
                let (parked, release) = AsyncStream<Void>.makeStream()
                await withTaskCancellationHandler {
                    for await _ in parked {}
                } onCancel: {
                    release.finish()
                }
                lock.withLock { cancellations += 1 }
                changed.yield()
                throw CancellationError()
            }
            if let error { throw error }
            let total = size ?? 100
            for step in 1...max(1, steps) {
                try Task.checkCancellation()
                if pause > .zero { try await clock.sleep(until: started.advanced(by: pause * step), tolerance: nil) }
                progress(total * Int64(step) / Int64(max(1, steps)))
            }
        }
    }
}
