import Testing

/// Every test that starts a real ncurses screen lives in this suite.
///
/// ncurses can drive one screen per process (``CursesTerminalError/alreadyRunning``), so these
/// tests run one after another; the pure tests of decoding, colours and diffing stay parallel.
@Suite(.serialized) enum LiveTerminalTests {}
