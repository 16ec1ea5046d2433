import Dispatch
import Foundation

/// Runs a handler when one of the given signals arrives, outside the C signal handler.
///
/// The default actions are switched off while watching so the process can shut down cleanly
/// (close sockets, restore the terminal) instead of dying mid-write.
final class SignalWatcher: @unchecked Sendable {  // immutable after init; dispatch sources are thread-safe
    private let sources: [any DispatchSourceSignal]

    init(signals: [Int32], handler: @escaping @Sendable () -> Void) {
        sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler(handler: handler)
            source.resume()
            return source
        }
    }

    /// Stops watching.
    func cancel() {
        for source in sources { source.cancel() }
    }
}
