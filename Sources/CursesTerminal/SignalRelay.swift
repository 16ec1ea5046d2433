import Dispatch
import Foundation

/// Turns process signals into calls on registered listeners, outside any signal handler.
///
/// Each signal is routed once per process: `signal(sig, SIG_IGN)` (so ncurses does not install
/// its own SIGINT/SIGTERM handlers and SIGHUP no longer kills the process mid-frame), then a
/// `DispatchSource` that calls the listeners on a private queue. Dispatch sources cannot be
/// torn down and re-created safely on Linux (libdispatch installs its forwarding handler only
/// for the first source of a signal), so the relay keeps them for the life of the process and
/// the terminal registers and unregisters instead. When a SIGINT, SIGTERM or SIGHUP arrives and
/// nobody is listening (the terminal was shut down), the relay restores the default action and
/// re-sends the signal, so the process ends as it would without us.
final class SignalRelay: @unchecked Sendable {
    // @unchecked: every mutable member is guarded by `lock`.

    /// The process's relay; signals are process-wide, so there is exactly one.
    static let shared = SignalRelay()

    /// A registration; pass it back to ``unregister(_:)``.
    struct Token: Hashable, Sendable {
        fileprivate let id: Int
    }

    private let lock = NSLock()
    private let queue = DispatchQueue(label: "g2a-dash.curses.signals")
    private var sources: [Int32: any DispatchSourceSignal] = [:]
    private var listeners: [Int: (signals: Set<Int32>, handler: @Sendable (Int32) -> Void)] = [:]
    private var nextID = 0

    /// Signals whose default action ends the process; re-sent when nobody listens.
    private static let terminating: Set<Int32> = [SIGINT, SIGTERM, SIGHUP]

    private init() {}

    /// Calls `handler` (on a private queue) whenever one of `signals` arrives.
    ///
    /// Routes each signal the first time it is asked for. For SIGINT, SIGTERM and SIGHUP that
    /// must happen before `newterm`, so ncurses sees them ignored and leaves them alone.
    func register(_ signals: Set<Int32>, handler: @escaping @Sendable (Int32) -> Void) -> Token {
        lock.lock()
        defer { lock.unlock() }
        for signo in signals where sources[signo] == nil {
            if Self.terminating.contains(signo) { signal(signo, SIG_IGN) }
            let source = DispatchSource.makeSignalSource(signal: signo, queue: queue)
            let registered = DispatchSemaphore(value: 0)
            source.setRegistrationHandler { registered.signal() }
            source.setEventHandler { [unowned self] in self.deliver(signo) }
            source.resume()
            // libdispatch routes the signal asynchronously; wait (briefly) so that a signal
            // sent once the terminal is up is never lost to SIG_IGN.
            _ = registered.wait(timeout: .now() + .seconds(1))
            sources[signo] = source
        }
        nextID += 1
        listeners[nextID] = (signals, handler)
        return Token(id: nextID)
    }

    /// Stops calling the listener registered with `token`.
    func unregister(_ token: Token) {
        lock.lock()
        listeners[token.id] = nil
        lock.unlock()
    }

    private func deliver(_ signo: Int32) {
        lock.lock()
        let handlers = listeners.values.filter { $0.signals.contains(signo) }.map(\.handler)
        lock.unlock()
        if handlers.isEmpty {
            if Self.terminating.contains(signo) {
                signal(signo, SIG_DFL)
                kill(getpid(), signo)
            }
            return
        }
        for handler in handlers { handler(signo) }
    }
}
