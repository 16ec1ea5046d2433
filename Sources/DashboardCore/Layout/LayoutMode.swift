/// How the panes share the screen, decided by its size.
///
/// Wide screens show all three panes (Sessions on the left, the others stacked on the right);
/// under 100 columns the panes stack and only the focused one is open, the others shrink to a
/// one-line bar. A pane that is not open does not poll.
public enum LayoutMode: Equatable, Sendable {
    case wide
    case stacked
    case tooSmall(needWidth: Int, needHeight: Int)

    public static let wideFromWidth = 100
    public static let minimumWidth = 60
    public static let minimumHeight = 15

    public init(width: Int, height: Int) {
        if width < Self.minimumWidth || height < Self.minimumHeight {
            self = .tooSmall(needWidth: Self.minimumWidth, needHeight: Self.minimumHeight)
        } else if width >= Self.wideFromWidth {
            self = .wide
        } else {
            self = .stacked
        }
    }
}
