import DashboardUI
import Dispatch
import Foundation

/// Carries the outcome of ncurses set-up from the curses thread back to the initialiser.
///
/// The screen is created on the thread that will use it, so it never crosses threads; only
/// its (Sendable) capabilities and size, or the error, come back.
final class SetupHandoff: @unchecked Sendable {
    // @unchecked: `outcome` is written once before `ready` is signalled and read after waiting.
    private let ready = DispatchSemaphore(value: 0)
    private var outcome:
        Result<(capabilities: TerminalCapabilities, size: TerminalSize), any Error>?

    /// Reports a working screen.
    func succeed(capabilities: TerminalCapabilities, size: TerminalSize) {
        outcome = .success((capabilities, size))
        ready.signal()
    }

    /// Reports why the screen could not be created.
    func fail(_ error: any Error) {
        outcome = .failure(error)
        ready.signal()
    }

    /// Blocks until the thread reported, then returns its result or throws its error.
    func wait() throws -> (capabilities: TerminalCapabilities, size: TerminalSize) {
        ready.wait()
        return try outcome!.get()
    }
}
