import DashboardCore

/// Something the terminal reports to the run loop.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    /// Text pasted while bracketed paste is on; never to be taken as key presses.
    case paste(String)
    /// The window changed size (columns × rows).
    case resized(TerminalSize)
    /// The terminal went away (SIGHUP, EOF or EIO on input): shut down, don't spin.
    case hangup
    /// SIGINT or SIGTERM (the signal's number): quit cleanly, restoring the terminal, and
    /// exit with 128 + the number.
    case terminate(signal: Int32)
}

/// A terminal size in cells.
public struct TerminalSize: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public var description: String { "\(width)×\(height)" }
}
