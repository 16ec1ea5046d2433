/// A movement of a selection or scroll position, as the keys express it.
public enum TableMovement: Equatable, Sendable {
    case up, down, pageUp, pageDown, top, bottom

    /// Where this movement leads from `index` in a list of `count` entries of which `pageSize`
    /// are in view: the one list-movement rule for tables, dialog lists and overlay scrolling.
    public func target(from index: Int, count: Int, pageSize: Int) -> Int {
        guard count > 0 else { return 0 }
        let page = max(1, pageSize)
        let target = switch self {
        case .up: index - 1
        case .down: index + 1
        case .pageUp: index - page
        case .pageDown: index + page
        case .top: 0
        case .bottom: count - 1
        }
        return min(max(0, target), count - 1)
    }
}
