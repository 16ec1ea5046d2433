/// What covers the panes, if anything. Esc closes it.
public enum Overlay: Equatable, Sendable {
    /// Every field of one row of a pane; `scroll` is the first line shown.
    case detail(pane: PaneID, key: String, scroll: Int)
    case help(scroll: Int)
    case messageLog(scroll: Int)

    /// The first line shown.
    public var scroll: Int {
        switch self {
        case .detail(_, _, let scroll), .help(let scroll), .messageLog(let scroll): scroll
        }
    }

    /// The same overlay scrolled to `scroll`.
    public func scrolled(to scroll: Int) -> Overlay {
        switch self {
        case .detail(let pane, let key, _): .detail(pane: pane, key: key, scroll: scroll)
        case .help: .help(scroll: scroll)
        case .messageLog: .messageLog(scroll: scroll)
        }
    }
}
