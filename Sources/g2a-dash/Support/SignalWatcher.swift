import Dispatch
import Foundation

/// Runs a handler when one of the given signals arrives, outside the C signal handler, and
/// remembers the first one so the command can exit with ``SignalExit`` once it has cleaned up.
///
/// The default actions are switched off while watching so the process can shut down cleanly
/// (close sockets, restore the terminal) instead of dying mid-write.
final class SignalWatcher: @unchecked Sendable {
    // @unchecked: `sources` is immutable after init (dispatch sources are thread-safe);
    // `first` is guarded by `lock`.
    private let lock = NSLock()
    private var first: Int32?
    private var sources: [any DispatchSourceSignal] = []

    /// Calls `handler` with the signal's number each time one of `signals` arrives.
    init(signals: [Int32], handler: @escaping @Sendable (Int32) -> Void) {
        sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            // Weak: an event already queued may run after the watcher was cancelled and freed.
            source.setEventHandler { [weak self] in
                self?.record(number)
                handler(number)
            }
            source.resume()
            return source
        }
    }

    private func record(_ number: Int32) {
        lock.withLock { if first == nil { first = number } }
    }

    /// The first signal that arrived, if any.
    var received: Int32? { lock.withLock { first } }

    /// Stops watching.
    func cancel() {
        for source in sources { source.cancel() }
    }
}
