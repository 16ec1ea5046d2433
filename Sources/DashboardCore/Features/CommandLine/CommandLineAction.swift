/// The `:` command line.
public enum CommandLineAction: Sendable, Equatable {
    case opened
    case edited(LineEdit)
    case historyBrowsed(older: Bool)
    /// Tab: complete the command name.
    case completionRequested
    case submitted
    case cancelled
}
