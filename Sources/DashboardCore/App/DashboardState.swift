import Foundation

/// Everything the dashboard shows, as one value: the render is a pure function of it.
public struct DashboardState: Equatable, Sendable {
    /// What the configuration (or `:profile`, `:window`, `:theme`) decided; the one copy.
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
    /// The largest useful scroll of the open overlay, as last measured by the render.
    public var overlayMaxScroll: Int?
    /// Dialogs of the technician workflows, innermost last; they take the keys while open.
    public var modals: [Modal] = []
    public var commandLine = CommandLineState()
    public var messages = MessageLog()
    /// The time of the last clock tick; the render uses it for ages and durations.
    public var now: Date
    /// The run loop exits once this is set.
    public var shouldQuit = false

    public init(settings: DashboardSettings, now: Date) {
        self.settings = settings
        self.now = now
    }

    /// The theme in use.
    public var themeName: String { settings.themeName }
    /// How far back the Sessions pane looks.
    public var window: SessionWindow { settings.window }

    /// The geometry of the screen at this size and focus.
    public var layout: ScreenLayout { ScreenLayout(width: width, height: height, focus: focus) }

    /// Whether a pane is open on screen (and so should poll).
    public func isVisible(_ pane: PaneID) -> Bool {
        switch layout.mode {
        case .wide: true
        case .stacked: pane == focus
        case .tooSmall: false
        }
    }

    /// The freshness of a pane.
    public func refreshStatus(_ pane: PaneID) -> RefreshStatus {
        self[keyPath: PaneRegistry.descriptor(pane).refresh]
    }

    /// The table of a pane, whatever its rows.
    public func table(_ pane: PaneID) -> any PaneTable {
        PaneRegistry.descriptor(pane).table(self)
    }

    /// Whether the focused pane is editing its `/` filter.
    public var isEditingFilter: Bool { table(focus).isEditingFilter }
}
