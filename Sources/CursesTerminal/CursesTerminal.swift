import DashboardUI
import Dispatch
import Foundation

/// The real terminal: a ``TerminalDevice`` drawn and read through ncursesw.
///
/// One dedicated thread does all ncurses work, because ncurses is not thread-safe. It sleeps
/// in `poll()` on the tty and a wake pipe, with no timeout, so an idle dashboard causes no
/// wake-ups. `present` only stores the newest frame and pokes the thread, which diffs it
/// against the last frame and sends the difference with one `doupdate`; an identical frame
/// writes nothing. Keys, resizes and hang-ups come back through ``events``.
///
/// Signals are turned into events rather than handled in place: SIGINT and SIGTERM become
/// `.terminate`, SIGHUP `.hangup` (as does end of input), and SIGWINCH a `.resized` once the
/// screen has been resized. The owner must call ``shutdown()`` (or ``restoreNow()`` on an
/// error path) to give the terminal back as it was.
public final class CursesTerminal: TerminalDevice, @unchecked Sendable {
    // @unchecked: the stored properties are immutable; mutable state lives in
    // `CursesTerminalState`, which guards it with a lock.

    /// Keys, resizes, hang-ups and terminate requests; finishes on hang-up or shutdown.
    ///
    /// Meant for a single consumer (the run loop).
    public let events: AsyncStream<TerminalEvent>
    /// What the terminal can show: colour depth (after `NO_COLOR`) and UTF-8 or not.
    public let capabilities: TerminalCapabilities

    private let state: CursesTerminalState
    private let signalTokens: [SignalRelay.Token]

    /// Starts ncurses on the terminal described by `options` and starts reading keys.
    ///
    /// Throws ``CursesTerminalError`` with a one-line message when the terminal cannot be
    /// used: `TERM` unset, unknown or without cursor addressing (`dumb`), or input/output not
    /// a terminal while no fixed size was given.
    public init(options: Options = .init()) throws {
        let (events, continuation) = AsyncStream.makeStream(
            of: TerminalEvent.self, bufferingPolicy: .unbounded)
        let state = try CursesTerminalState()
        var tokens: [SignalRelay.Token] = []
        if options.handlesSignals {
            // Before newterm: ncurses then sees SIGINT/SIGTERM taken and installs no handler
            // of its own that would exit without telling the app.
            tokens.append(
                SignalRelay.shared.register([SIGINT, SIGTERM, SIGHUP]) { signo in
                    if signo == SIGHUP {
                        if state.markHungUp() {
                            continuation.yield(.hangup)
                            continuation.finish()
                        }
                    } else {
                        continuation.yield(.terminate(signal: signo))
                    }
                })
        }
        let handoff = SetupHandoff()
        let thread = Thread {
            let screen: CursesScreen
            do {
                screen = try CursesScreen(options: options)
            } catch {
                handoff.fail(error)
                return
            }
            handoff.succeed(capabilities: screen.capabilities, size: screen.reportedSize)
            CursesRunLoop(screen: screen, state: state, events: continuation).run()
        }
        thread.name = "g2a-dash.curses"
        thread.start()
        let setup: (capabilities: TerminalCapabilities, size: TerminalSize)
        do {
            setup = try handoff.wait()
        } catch {
            tokens.forEach(SignalRelay.shared.unregister)
            state.markFinished()
            continuation.finish()
            throw error
        }
        state.size = setup.size
        if options.handlesSignals, options.fixedSize == nil {
            // After newterm, so ncurses' own SIGWINCH handler is replaced rather than kept:
            // in a multi-threaded process that handler runs on whichever thread the kernel
            // picks and cannot wake our poll(), so a resize would wait for the next key.
            tokens.append(
                SignalRelay.shared.register([SIGWINCH]) { _ in state.requestSizeCheck() })
        }
        self.events = events
        self.capabilities = setup.capabilities
        self.state = state
        self.signalTokens = tokens
    }

    deinit {
        // Nobody can shut down any more; at least stop the thread and restore the terminal.
        state.requestStop()
        signalTokens.forEach(SignalRelay.shared.unregister)
    }

    /// The size in cells, as last reported by ncurses (or the fixed size from the options).
    public var size: TerminalSize { state.size }

    /// Shows `grid`: stores it as the newest frame and wakes the curses thread.
    ///
    /// Returns at once and may be called from any thread. Frames that arrive while one is
    /// being drawn replace each other; only the newest is drawn.
    public func present(_ grid: Grid) {
        state.present(grid)
    }

    /// Waits until every frame presented so far is on the terminal (written with `doupdate`).
    ///
    /// For tests and byte-count benchmarks: after it returns, the output descriptor has
    /// received every byte for those frames. Returns at once after shutdown.
    public func waitUntilPresented() async {
        await state.waitUntilDrawn()
    }

    /// Restores the terminal and stops reading; safe to call more than once.
    ///
    /// Returns after `endwin()` has run: cursor visible, terminal modes and screen as before.
    /// The ``events`` stream finishes.
    public func shutdown() async {
        state.requestStop()
        await state.waitUntilFinished()
        signalTokens.forEach(SignalRelay.shared.unregister)
    }

    /// Restores the terminal synchronously, for `defer` and exit paths that cannot `await`.
    ///
    /// Blocks for at most `timeout` seconds while the curses thread restores the terminal
    /// (it may be in the middle of writing a frame to a slow link); returns whether it did.
    /// Safe to call more than once and together with ``shutdown()``.
    @discardableResult
    public func restoreNow(timeout: TimeInterval = 2) -> Bool {
        state.requestStop()
        let finished = state.blockUntilFinished(timeout: timeout)
        signalTokens.forEach(SignalRelay.shared.unregister)
        return finished
    }

    /// Runs `body` on the curses thread with the live screen; `nil` after shutdown.
    ///
    /// Tests use it to read what ncurses holds for each cell.
    func withScreen<Result: Sendable>(
        _ body: @escaping @Sendable (CursesScreen) -> Result
    ) async -> Result? {
        await withCheckedContinuation { (continuation: CheckedContinuation<Result?, Never>) in
            let queued = state.enqueue { screen in
                continuation.resume(returning: screen.map(body))
            }
            if !queued { continuation.resume(returning: nil) }
        }
    }
}

extension CursesTerminal {
    /// Writes bytes that are not part of a frame (an OSC 52 clipboard sequence) to the
    /// terminal, between frames on the curses thread so they never split a frame's output.
    ///
    /// Returns false after shutdown or when the write failed.
    public func writeOutOfBand(_ bytes: [UInt8]) async -> Bool {
        await withScreen { screen in screen.writeOutOfBand(bytes) } ?? false
    }
}
