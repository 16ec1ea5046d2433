/// What happens to any pane, whatever its rows.
public enum PaneAction: Sendable, Equatable {
    case moved(TableMovement)
    case detailKeyPressed
    case filterKeyPressed
    /// A key or paste changed the `/` filter being edited.
    case filterEdited(LineEdit)
    case filterSubmitted
    case filterCleared
    case sortKeyPressed
    case sortReverseKeyPressed
    case refreshKeyPressed
    case refreshTimerFired
}
