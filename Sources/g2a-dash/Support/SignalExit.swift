/// A run that a signal stopped after cleaning up: exits 128 + the signal's number, silently.
///
/// The shell convention (SIGHUP 129, SIGINT 130, SIGTERM 143), so a script or cron wrapper
/// can tell an interrupted run from a finished one; the process shuts down on its own first
/// (terminal restored, `.part` files kept) instead of dying of the signal.
struct SignalExit: Error {
    let signal: Int32

    /// The exit status for the signal.
    var status: Int32 { 128 + signal }
}
