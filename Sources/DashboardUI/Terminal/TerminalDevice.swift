/// A terminal the dashboard draws on and reads keys from.
///
/// `CursesTerminal` is the real one; tests use a fake that records frames. Implementations own
/// their threading: `present` only hands a frame over and returns, and `events` delivers keys
/// and resizes; nothing here blocks the caller.
public protocol TerminalDevice: AnyObject, Sendable {
    /// Keys, resizes, hangups; the stream ends after the terminal is shut down.
    var events: AsyncStream<TerminalEvent> { get }
    /// The size now.
    var size: TerminalSize { get }
    /// What the terminal can show: colour depth and whether it expects UTF-8.
    var capabilities: TerminalCapabilities { get }
    /// Shows a frame. Frames equal to the last one cost nothing; the newest frame wins when
    /// several arrive before the terminal catches up.
    func present(_ grid: Grid)
    /// Restores the terminal (cursor, modes, screen) and stops reading; safe to call twice.
    func shutdown() async
}

/// What a terminal can display.
public struct TerminalCapabilities: Hashable, Sendable {
    public var colorDepth: ColorDepth
    /// False under a non-UTF-8 locale: draw ASCII borders and symbols instead.
    public var isUTF8: Bool

    public init(colorDepth: ColorDepth, isUTF8: Bool) {
        self.colorDepth = colorDepth
        self.isUTF8 = isUTF8
    }
}
