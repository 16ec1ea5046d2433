import DashboardCore
import Foundation

/// A scripted file downloader: records each call, reports progress in steps (advancing the
/// test clock between them) and fails the URLs it is told to.
final class FakeDownloads: @unchecked Sendable {
    struct Call: Equatable {
        var url: String
        var path: String
        var expectedSize: Int64?
    }

    private let lock = NSLock()
    private let clock: TestClock
    private var recorded: [Call] = []
    private var cancellations = 0
    /// Errors to throw by URL, instead of downloading.
    var failures: [String: any Error] = [:]
    /// How many progress reports a file makes (its size split evenly), unknown sizes 100 bytes.
    var steps = 2
    /// Seconds the clock moves before each progress report.
    var secondsPerStep: Double = 0.5
    /// Waits until cancelled instead of downloading (to test cancellation through a store).
    var hangs = false

    /// Yields after every call and every cancellation, so a test waits for them without polling.
    private let (changes, changed) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))

    init(clock: TestClock) { self.clock = clock }

    /// Returns once `condition` holds; it is checked again after every call or cancellation.
    func waitUntil(_ condition: @Sendable (FakeDownloads) -> Bool) async {
        if condition(self) { return }
        for await _ in changes where condition(self) { return }
    }

    var calls: [Call] { lock.withLock { recorded } }
    /// Downloads that stopped because their task was cancelled.
    var cancelledCount: Int { lock.withLock { cancellations } }

    func fail(_ url: String, with error: any Error) { lock.withLock { failures[url] = error } }

    var closure: DashboardEnvironment.DownloadRecordingFile {
        { [self] url, path, size, progress in
            let (error, steps, pause, hangs) = lock.withLock { () -> ((any Error)?, Int, Double, Bool) in
                recorded.append(Call(url: url, path: path, expectedSize: size))
                defer { changed.yield() }
                return (failures[url], self.steps, secondsPerStep, self.hangs)
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
                clock.advance(pause)
                progress(total * Int64(step) / Int64(max(1, steps)))
            }
        }
    }
}
