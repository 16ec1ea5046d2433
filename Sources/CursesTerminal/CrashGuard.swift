import CCrashGuard
import Foundation

/// Gives the terminal back and writes a crash report when the process crashes.
///
/// A trap (Swift's `fatalError`, a failed precondition), SIGSEGV, SIGBUS, SIGILL, SIGABRT or
/// SIGFPE would otherwise leave the user's terminal in raw mode on the alternate screen, and
/// Swift's own backtracer would paint over it and wait for a key, which on a jump host is a
/// hung SSH session. The handler (in `CCrashGuard`, C because it runs inside a signal
/// handler) first writes ``TerminalRestoreSequence`` to the tty and puts back the modes saved
/// before curses started, then appends a backtrace to the log, prints one line on stderr and
/// dies of the same signal, so the exit status still says what happened.
///
/// The state lives in C statics: signal handlers can reach nothing else. Installing replaces
/// the handlers the Swift runtime set up at start-up (`SWIFT_BACKTRACE` has no effect after).
public enum CrashGuard {
    /// Installs the handlers; reports go to `reportDescriptor` (kept open for the process's
    /// life), and the stderr line names `logPath`.
    public static func install(reportDescriptor: Int32, logPath: String) {
        _ = g2a_crash_guard_install(reportDescriptor, logPath)
    }

    /// Remembers the terminal's modes on `descriptor` and how to undo curses' escape modes, so
    /// a crash from now on restores them; while armed, stderr goes to the report (the log).
    ///
    /// Does nothing when `descriptor` is not a terminal.
    static func armTerminal(_ descriptor: Int32) {
        guard isatty(descriptor) == 1 else { return }
        let bytes = TerminalRestoreSequence.bytes
        _ = bytes.withUnsafeBufferPointer { g2a_crash_guard_arm_terminal(descriptor, $0.baseAddress, $0.count) }
    }

    /// The terminal was restored the ordinary way; a later crash leaves it alone.
    static func disarmTerminal() {
        g2a_crash_guard_disarm_terminal()
    }
}

/// The bytes that switch off every mode a full-screen program may have left on.
///
/// Written by the crash handler, which cannot ask terminfo: sent blind, so each sequence is
/// one that terminals ignore when the mode is already off.
enum TerminalRestoreSequence {
    static let bytes: [UInt8] = Array((
        "\u{18}"  // CAN: abandons an escape sequence the crash cut off mid-frame
            + "\u{1B}[0m"  // plain attributes
            + "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l"  // mouse reporting off
            + "\u{1B}[?1004l"  // focus events off
            + "\u{1B}[?2004l"  // bracketed paste off
            + "\u{1B}[?1l\u{1B}>"  // cursor and keypad keys back to normal (curses' keypad mode)
            + "\u{1B}[?25h"  // cursor visible
            + "\u{1B}[?1049l"  // leave the alternate screen
            + "\r\n"
    ).utf8)
}
