import Foundation

/// What happens to the app as a whole.
public enum AppAction: Sendable, Equatable {
    case appStarted
    case terminalResized(width: Int, height: Int)
    case clockTicked(Date)
    case quitPressed
    case paneKeyPressed(PaneID)
    case paneCycleKeyPressed(forward: Bool)
    /// Esc with no dialog open: leaves the command line, clears a filter, or closes the overlay.
    case escapePressed
    case helpKeyPressed
    case messageLogKeyPressed
    /// Movement keys while the help, the message log or a detail is open.
    case overlayScrolled(TableMovement)
    /// The open overlay's content measured at the current size: the largest useful scroll.
    case overlayMeasured(maxScroll: Int)
    /// Text pasted with bracketed paste; it goes into the input being edited, or nowhere.
    case textPasted(String)
    case themeLoaded(name: String, error: String?)
}
