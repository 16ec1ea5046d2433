/// A named thing a key can do; key overrides in the config name these.
public enum KeyCommand: String, CaseIterable, Sendable, Hashable {
    case quit = "quit"
    case help = "help"
    case nextPane = "next-pane"
    case previousPane = "previous-pane"
    case focusSessions = "sessions"
    case focusCompanies = "companies"
    case focusRecordings = "recordings"
    case up = "up"
    case down = "down"
    case pageUp = "page-up"
    case pageDown = "page-down"
    case top = "top"
    case bottom = "bottom"
    case openDetail = "detail"
    case filter = "filter"
    case sortNext = "sort"
    case sortReverse = "sort-reverse"
    case refresh = "refresh"
    case commandLine = "command"
    case messageLog = "messages"
    case newSession = "new-session"
    case ticket = "ticket"
    case recordingsFilter = "recordings-filter"
    case mark = "mark"
    case download = "download"
    case downloadMarked = "download-marked"
    case downloads = "downloads"
    case transcode = "transcode"

    /// One line for the help overlay.
    public var summary: String {
        switch self {
        case .quit: "quit"
        case .help: "show this help"
        case .nextPane: "next pane"
        case .previousPane: "previous pane"
        case .focusSessions: "Sessions pane"
        case .focusCompanies: "Companies pane"
        case .focusRecordings: "Recordings pane"
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
