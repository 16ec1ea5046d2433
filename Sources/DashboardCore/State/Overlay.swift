/// What covers the panes, if anything. Esc closes it.
public enum Overlay: Equatable, Sendable {
    /// Every field of one row of a pane; `scroll` is the first line shown.
    case detail(pane: PaneID, key: String, scroll: Int)
    case help(scroll: Int)
    case messageLog(scroll: Int)
}

/// The `:` command line: its text and history.
public struct CommandLineState: Equatable, Sendable {
    public var isActive = false
    public var text = ""
    public var history: [String] = []
    /// Position while browsing history with up/down; nil when editing fresh text.
    public var historyIndex: Int?

    public init() {}

    public static let maxHistory = 100
}
