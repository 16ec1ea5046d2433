/// Why the dashboard stopped, so the command can choose its exit status.
///
/// A quit (`q`, or Ctrl-C pressed as a key in raw mode) is an ordinary end, status 0; a
/// signal or a lost terminal ends with 128 + the signal's number, the shell convention the
/// README promises (SIGHUP 129, SIGINT 130, SIGTERM 143).
public enum DashboardExit: Hashable, Sendable {
    /// The user quit.
    case quit
    /// The terminal went away: SIGHUP, or end of input.
    case hangup
    /// A signal asked the dashboard to stop (SIGINT, SIGTERM); holds its number.
    case signal(Int32)

    /// SIGHUP's number, the same on Linux and macOS; DashboardUI does not import libc.
    static let hangupSignal: Int32 = 1

    /// The signal the exit stands for: nil for a quit, SIGHUP's for a lost terminal.
    public var signal: Int32? {
        switch self {
        case .quit: nil
        case .hangup: Self.hangupSignal
        case .signal(let number): number
        }
    }
}
