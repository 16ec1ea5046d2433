import GoToAssistAPI

/// A dialog over the panes. Dialogs stack (ticket panel → new-ticket form → confirmation);
/// Esc closes the top one.
public enum Modal: Equatable, Sendable {
    case form(FormState)
    case confirm(ConfirmState)
    /// A launch URL to copy or open: a started session, or `:browser-link`.
    case launchURL(LaunchURLState)
    case tickets(TicketPanelState)
    case links(LinksPanelState)
    case machines(MachinesPanelState)
    /// The download queue: a progress bar per file and one overall.
    case downloads(DownloadsPanelState)
}
