import DashboardUI
import Foundation

extension CursesTerminal {
    /// Where the terminal reads and writes, and what it is told about its environment.
    ///
    /// The defaults describe the real terminal. Tests and the byte-count benchmark point the
    /// descriptors at a pty or a pipe and pass a fixed size, so nothing touches the real tty.
    public struct Options: Sendable {
        /// The descriptor keys are read from; it is duplicated, never closed or made non-blocking.
        public var inputFD: Int32
        /// The descriptor frames are written to; duplicated, never closed.
        public var outputFD: Int32
        /// The terminfo name; `nil` means `TERM` from ``environment``.
        public var termName: String?
        /// The variables consulted: `TERM`, `NO_COLOR`, `ESCDELAY`, `LC_ALL`/`LC_CTYPE`/`LANG`.
        public var environment: [String: String]
        /// A size to use instead of asking the kernel; allows descriptors that are not
        /// terminals (pipes, files) and ignores window-size changes.
        public var fixedSize: TerminalSize?
        /// Whether to turn SIGINT/SIGTERM into `.terminate`, SIGHUP into `.hangup`, to
        /// follow SIGWINCH, and to let ``CrashGuard`` restore this terminal after a crash. The
        /// app wants this; tests turn it off to leave the test process's signal handling alone.
        public var handlesSignals: Bool

        /// Creates options; every default describes the process's own terminal.
        public init(
            inputFD: Int32 = STDIN_FILENO,
            outputFD: Int32 = STDOUT_FILENO,
            termName: String? = nil,
            environment: [String: String] = ProcessInfo.processInfo.environment,
            fixedSize: TerminalSize? = nil,
            handlesSignals: Bool = true
        ) {
            self.inputFD = inputFD
            self.outputFD = outputFD
            self.termName = termName
            self.environment = environment
            self.fixedSize = fixedSize
            self.handlesSignals = handlesSignals
        }

        /// The terminal type to ask terminfo for, or `nil` when none is set.
        var resolvedTermName: String? {
            let name = termName ?? environment["TERM"]
            return name?.isEmpty == false ? name : nil
        }

        /// Whether `NO_COLOR` asks for no colour (set and not empty, per no-color.org).
        var wantsNoColor: Bool { environment["NO_COLOR"].map { !$0.isEmpty } ?? false }

        /// The ESC delay in milliseconds: the user's `ESCDELAY` if it is a number, else 25,
        /// short enough to feel instant and long enough for arrow keys over slow links.
        var escapeDelay: Int32 {
            if let value = environment["ESCDELAY"], let delay = Int32(value), delay >= 0 {
                return delay
            }
            return 25
        }
    }
}
