import Foundation

/// Everything that can happen to the dashboard, scoped by the feature it belongs to.
///
/// The root reducer switches over these cases exhaustively, without `default`, so a new case is
/// a compile error until a feature handles it; each feature's own enum names what happened.
public enum DashboardAction: Sendable, Equatable {
    /// The app shell: lifecycle, time, focus, overlays, themes, pastes.
    case app(AppAction)
    /// The generic part of a pane: movement, filter, sort, refresh, detail.
    case pane(PaneID, PaneAction)
    case sessions(SessionsAction)
    case companies(CompaniesAction)
    case recordings(RecordingsAction)
    case downloads(DownloadsAction)
    /// The workflow dialogs (forms, confirmation, ticket panel, links, machines, launch URL).
    case dialog(DialogAction)
    case commandLine(CommandLineAction)
    case profile(ProfileAction)
}
