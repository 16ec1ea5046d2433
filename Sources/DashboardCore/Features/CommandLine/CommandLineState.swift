/// The `:` command line: its line being edited and its history.
public struct CommandLineState: Equatable, Sendable {
    public var isActive = false
    public var line = LineEditor(limit: 500)
    public var history: [String] = []
    /// Position while browsing history with up/down; nil when editing fresh text.
    public var historyIndex: Int?

    public init() {}

    /// The text being typed.
    public var text: String { line.text }

    public static let maxHistory = 100
}
