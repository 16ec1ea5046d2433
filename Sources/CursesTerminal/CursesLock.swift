@preconcurrency import CNcursesw
import Foundation

/// Serialises ncurses calls and allows one open screen per process.
///
/// ncurses keeps its current screen, `stdscr`, `curscr`, the colour counts and (in the
/// Debian/Ubuntu build of 6.4) the list of all windows in process-wide variables, and it is not
/// thread-safe. Measured: with two screens open, `resizeterm` on one resizes the other's windows
/// and its next `doupdate` crashes, and `delscreen` on one breaks the other. So the process gets
/// one screen at a time, which is all the dashboard needs, and every ncurses call holds this
/// lock so that a terminal starting up can never overlap with one still shutting down. This is
/// the one piece of process-wide state in the module; it mirrors state ncurses keeps globally.
final class CursesLock: @unchecked Sendable {
    // @unchecked: `hasOpenScreen` is guarded by `lock`.
    private static let shared = CursesLock()
    private let lock = NSLock()
    private var hasOpenScreen = false

    /// Runs `body` holding the lock, with `screen` (if any) made the current ncurses screen.
    static func withScreen<Result>(
        _ screen: OpaquePointer?, _ body: () throws -> Result
    ) rethrows
        -> Result
    {
        shared.lock.lock()
        defer { shared.lock.unlock() }
        if let screen { set_term(screen) }
        return try body()
    }

    /// Claims the process's one screen before `newterm`; false if another is open.
    ///
    /// Call inside ``withScreen(_:_:)``.
    static func claimScreen() -> Bool {
        guard !shared.hasOpenScreen else { return false }
        shared.hasOpenScreen = true
        return true
    }

    /// Gives the claim back without a screen (when `newterm` failed).
    ///
    /// Call inside ``withScreen(_:_:)``.
    static func releaseClaim() {
        shared.hasOpenScreen = false
    }

    /// Ends and frees `screen` (`endwin`, `delscreen`) and gives the claim back.
    ///
    /// Call inside ``withScreen(_:_:)`` with `screen` current.
    static func closeScreen(_ screen: OpaquePointer) {
        endwin()
        delscreen(screen)
        shared.hasOpenScreen = false
    }
}
