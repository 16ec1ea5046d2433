/// Where a pane sits on screen: open as a box, collapsed to a one-line bar, or not shown.
public enum PaneFrame: Equatable, Sendable {
    /// A bordered box with the table inside.
    case open(Rect)
    /// A one-line bar with the pane's title and freshness (stacked layout, pane not focused).
    case bar(Rect)
    /// Not on screen (the terminal is too small).
    case hidden
}
