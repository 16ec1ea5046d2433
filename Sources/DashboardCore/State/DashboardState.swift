import Foundation

/// Everything the dashboard shows, as one value: the render is a pure function of it.
public struct DashboardState: Equatable, Sendable {
    public var settings: DashboardSettings
    public var focus: PaneID = .sessions
    public var width = 80
    public var height = 24
    public var sessions = SessionsState()
    public var companies = CompaniesState()
    public var recordings = RecordingsState()
    /// Recordings being downloaded; kept across profile switches (the files come from the CDN).
    public var downloads = DownloadsState()
    public var overlay: Overlay?
    /// Dialogs of the technician workflows, innermost last; they take the keys while open.
    public var modals: [Modal] = []
    public var commandLine = CommandLineState()
    public var messages = MessageLog()
    /// The time of the last clock tick; the render uses it for ages and durations.
    public var now: Date
    public var themeName: String
    public var window: SessionWindow
    /// The run loop exits once this is set.
    public var shouldQuit = false

    public init(settings: DashboardSettings, now: Date) {
        self.settings = settings
        self.now = now
        themeName = settings.themeName
        window = settings.window
    }

    public var layout: LayoutMode { LayoutMode(width: width, height: height) }

    /// Whether a pane is open on screen (and so should poll).
    public func isVisible(_ pane: PaneID) -> Bool {
        switch layout {
        case .wide: true
        case .stacked: pane == focus
        case .tooSmall: false
        }
    }

    /// The freshness of a pane.
    public func refreshStatus(_ pane: PaneID) -> RefreshStatus {
        switch pane {
        case .sessions: sessions.refresh
        case .companies: companies.refresh
        case .recordings: recordings.refresh
        }
    }

    /// Whether the focused pane is editing its `/` filter.
    public var isEditingFilter: Bool {
        switch focus {
        case .sessions: sessions.table.isEditingFilter
        case .companies: companies.table.isEditingFilter
        case .recordings: recordings.table.isEditingFilter
        }
    }
}
