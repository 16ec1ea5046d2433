/// A semantic place in the UI that a theme gives a style to, named for meaning, never colour.
///
/// Raw values are the keys used in theme files (`[roles]` table), dotted by area, e.g.
/// `status.waiting`. Panes ask the theme for a role, never for a colour, so every theme file
/// can restyle every pane.
public enum ThemeRole: String, Sendable, CaseIterable, Comparable {
    /// Ordinary text in panes.
    case textPrimary = "text.primary"
    /// Secondary text: timestamps, hints, empty-state messages.
    case textFaint = "text.faint"
    /// Emphasised words, e.g. filter matches.
    case textAccent = "text.accent"
    /// Escapes the sanitizer shows for control characters (`\e`, `\u202E`).
    case textEscaped = "text.escaped"
    /// The top bar.
    case header = "header"
    /// Badges in the top bar: profile, region, read-only.
    case headerBadge = "header.badge"
    /// The app name in the top bar.
    case headerTitle = "header.title"
    /// Pane borders.
    case border = "border"
    /// The border of the focused pane.
    case borderFocused = "border.focused"
    /// Pane titles.
    case title = "title"
    /// The title of the focused pane.
    case titleFocused = "title.focused"
    /// The selected row in the focused pane.
    case selection = "selection"
    /// The selected row in a pane without focus.
    case selectionUnfocused = "selection.unfocused"
    /// Column headers.
    case tableHeader = "table.header"
    /// The arrow marking the sort column.
    case tableSortIndicator = "table.sort-indicator"
    /// Sessions waiting for a technician.
    case statusWaiting = "status.waiting"
    /// Sessions in progress.
    case statusActive = "status.active"
    /// Finished sessions.
    case statusComplete = "status.complete"
    /// Sessions the customer abandoned.
    case statusAbandoned = "status.abandoned"
    /// Sessions created but not started.
    case statusNotStarted = "status.not-started"
    /// Informational messages in the flash bar and message log.
    case messageInfo = "message.info"
    /// Warnings in the flash bar and message log.
    case messageWarn = "message.warn"
    /// Errors in the flash bar, message log and banners.
    case messageError = "message.error"
    /// The stale-data indicator ("stale — retry 3/5").
    case stale = "stale"
    /// The bottom bar.
    case statusbar = "statusbar"
    /// Key names in the bottom bar's hints.
    case statusbarKey = "statusbar.key"
    /// The body of overlays: help, confirmations, dialogs.
    case overlay = "overlay"
    /// The border of overlays.
    case overlayBorder = "overlay.border"
    /// Key names in the help overlay.
    case overlayKey = "overlay.key"
    /// Text inputs: command line, filter, form fields.
    case input = "input"
    /// The cursor cell in a text input.
    case inputCursor = "input.cursor"
    /// Labels of form fields.
    case formLabel = "form.label"
    /// Validation messages under form fields.
    case formError = "form.error"
    /// Buttons in dialogs.
    case button = "button"
    /// The focused button in a dialog.
    case buttonFocused = "button.focused"
    /// The filled part of progress bars.
    case progressDone = "progress.done"
    /// The empty part of progress bars.
    case progressTodo = "progress.todo"
    /// Rows marked for a bulk action.
    case marked = "marked"

    /// Returns whether `name` is a role, or a dotted group of roles such as `status`.
    ///
    /// Theme files may nest roles (`[roles.status] waiting = { … }`), so groups are valid
    /// table keys even when they are not roles themselves.
    static func isRoleOrGroup(_ name: String) -> Bool {
        ThemeRole(rawValue: name) != nil
            || allCases.contains { $0.rawValue.hasPrefix(name + ".") }
    }

    /// Orders roles by their theme-file key, so listings and errors are stable.
    public static func < (lhs: ThemeRole, rhs: ThemeRole) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
