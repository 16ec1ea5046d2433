/// A named thing a key can do; key overrides in the config name these.
///
/// `focus(pane)` exists for every pane in the registry and is named after the pane
/// (`sessions`, `companies`, …), so a new pane gets its key command without an edit here.
public enum KeyCommand: CaseIterable, Sendable, Hashable {
    case quit
    case help
    case nextPane
    case previousPane
    /// Focus a pane (digit keys 1…N by default).
    case focus(PaneID)
    case up
    case down
    case pageUp
    case pageDown
    case top
    case bottom
    case openDetail
    case filter
    case sortNext
    case sortReverse
    case refresh
    case commandLine
    case messageLog
    case newSession
    case ticket
    case recordingsFilter
    case mark
    case download
    case downloadMarked
    case downloads
    case transcode

    /// Every command, in help order; the pane commands follow the registry.
    public static var allCases: [KeyCommand] {
        [.quit, .help, .nextPane, .previousPane] + PaneRegistry.ids.map(KeyCommand.focus) + [
            .up, .down, .pageUp, .pageDown, .top, .bottom, .openDetail, .filter, .sortNext, .sortReverse,
            .refresh, .commandLine, .messageLog, .newSession, .ticket, .recordingsFilter, .mark, .download,
            .downloadMarked, .downloads, .transcode,
        ]
    }

    /// The command named `rawValue` in the config, if any.
    public init?(rawValue: String) {
        guard let command = Self.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = command
    }

    /// The name used in `[keys]`.
    public var rawValue: String {
        switch self {
        case .quit: "quit"
        case .help: "help"
        case .nextPane: "next-pane"
        case .previousPane: "previous-pane"
        case .focus(let pane): pane.rawValue
        case .up: "up"
        case .down: "down"
        case .pageUp: "page-up"
        case .pageDown: "page-down"
        case .top: "top"
        case .bottom: "bottom"
        case .openDetail: "detail"
        case .filter: "filter"
        case .sortNext: "sort"
        case .sortReverse: "sort-reverse"
        case .refresh: "refresh"
        case .commandLine: "command"
        case .messageLog: "messages"
        case .newSession: "new-session"
        case .ticket: "ticket"
        case .recordingsFilter: "recordings-filter"
        case .mark: "mark"
        case .download: "download"
        case .downloadMarked: "download-marked"
        case .downloads: "downloads"
        case .transcode: "transcode"
        }
    }
}

extension KeyCommand {
    /// One line for the help overlay.
    public var summary: String {
        switch self {
        case .quit: "quit"
        case .help: "show this help"
        case .nextPane: "next pane"
        case .previousPane: "previous pane"
        case .focus(let pane): "\(pane.title) pane"
        case .up: "move up"
        case .down: "move down"
        case .pageUp: "page up"
        case .pageDown: "page down"
        case .top: "first row"
        case .bottom: "last row"
        case .openDetail: "open detail of the selected row"
        case .filter: "filter rows (Esc clears)"
        case .sortNext: "sort by the next column"
        case .sortReverse: "reverse the sort order"
        case .refresh: "refresh now"
        case .commandLine: "command line (:sessions :theme NAME :window 7d :q …)"
        case .messageLog: "message log"
        case .newSession: "start a screen-sharing session (form, then confirmation)"
        case .ticket: "tickets of the selected session: search, attach, create"
        case .recordingsFilter: "Recordings filter: owner, attended/unattended, period, archived"
        case .mark: "mark/unmark the selected recording for a batch download"
        case .download: "download the selected recording (MP4, events, thumbnail)"
        case .downloadMarked: "download the marked recordings"
        case .downloads: "downloads panel: progress per file, x cancels"
        case .transcode: "transcode the marked or selected recordings"
        }
    }

    /// Whether the command leads to a change on the server; read-only mode greys these in help.
    public var isWrite: Bool {
        switch self {
        case .newSession, .ticket, .transcode: true
        default: false
        }
    }
}
