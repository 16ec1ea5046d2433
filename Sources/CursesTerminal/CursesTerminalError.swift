import Foundation

/// Why the terminal UI could not start; its description is one line meant for the user.
public enum CursesTerminalError: Error, Equatable, CustomStringConvertible {
    /// `TERM` is unset or empty.
    case terminalTypeMissing
    /// The terminfo database has no entry for this `TERM`.
    case unknownTerminalType(String)
    /// The terminal type cannot move the cursor, so a full-screen UI is impossible (`dumb`).
    case noCursorAddressing(String)
    /// Input or output is not a terminal and no fixed size was given (`stdin`/`stdout`).
    case notATerminal(String)
    /// Another ``CursesTerminal`` in this process has not been shut down yet; ncurses can
    /// safely drive only one screen per process.
    case alreadyRunning
    /// A system call failed while setting up (`pipe`, `dup`, `fdopen`), with its errno.
    case systemCall(String, Int32)

    /// A one-line explanation, e.g. "cannot start the terminal UI: stdin is not a terminal".
    public var description: String {
        let reason =
            switch self {
            case .terminalTypeMissing:
                "TERM is not set"
            case .unknownTerminalType(let term):
                "TERM=\(term) is not a known terminal type"
            case .noCursorAddressing(let term):
                "TERM=\(term) has no cursor addressing"
            case .notATerminal(let stream):
                "\(stream) is not a terminal"
            case .alreadyRunning:
                "another terminal UI is already running in this process"
            case .systemCall(let call, let code):
                "\(call) failed: \(String(cString: strerror(code)))"
            }
        return "cannot start the terminal UI: \(reason)"
    }
}

extension CursesTerminalError: LocalizedError {
    /// The same one-line text as ``description``, for callers that print `localizedDescription`.
    public var errorDescription: String? { description }
}
