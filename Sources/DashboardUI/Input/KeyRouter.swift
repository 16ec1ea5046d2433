import DashboardCore

/// Turns a key into a dashboard action, according to what the user is doing.
///
/// An open dialog takes every key first (the top one of the stack), so a letter typed into a
/// form can never trigger a pane command; while the command line or a filter is being edited,
/// keys are text (through the one line editor's `LineEdit.forKey`); otherwise the keymap
/// decides, and the action is scoped to what the key acts on (the focused pane, the open
/// overlay). Ctrl-C always quits, whatever the mode, because a user in trouble presses it.
public enum KeyRouter {
    public static func action(for key: Key, state: DashboardState, keymap: KeyMap) -> DashboardAction? {
        if key == .ctrl("c") { return .app(.quitPressed) }
        if let modal = state.modals.last { return modalAction(key, modal: modal).map(DashboardAction.dialog) ?? downloadsPanelAction(key, modal) }
        if state.commandLine.isActive { return commandLineAction(key, text: state.commandLine.text).map(DashboardAction.commandLine) }
        if state.isEditingFilter { return filterAction(key).map { .pane(state.focus, $0) } }
        if key == .escape { return .app(.escapePressed) }
        guard let command = keymap.command(for: key) else { return nil }
        return action(for: command, state: state)
    }

    /// The action a keymap command stands for in normal mode.
    public static func action(for command: KeyCommand, state: DashboardState) -> DashboardAction {
        let pane = state.focus
        func move(_ movement: TableMovement) -> DashboardAction {
            state.overlay == nil ? .pane(pane, .moved(movement)) : .app(.overlayScrolled(movement))
        }
        switch command {
        case .quit: return .app(.quitPressed)
        case .help: return .app(.helpKeyPressed)
        case .nextPane: return .app(.paneCycleKeyPressed(forward: true))
        case .previousPane: return .app(.paneCycleKeyPressed(forward: false))
        case .focus(let target): return .app(.paneKeyPressed(target))
        case .up: return move(.up)
        case .down: return move(.down)
        case .pageUp: return move(.pageUp)
        case .pageDown: return move(.pageDown)
        case .top: return move(.top)
        case .bottom: return move(.bottom)
        case .openDetail: return .pane(pane, .detailKeyPressed)
        case .filter: return .pane(pane, .filterKeyPressed)
        case .sortNext: return .pane(pane, .sortKeyPressed)
        case .sortReverse: return .pane(pane, .sortReverseKeyPressed)
        case .refresh: return .pane(pane, .refreshKeyPressed)
        case .commandLine: return .commandLine(.opened)
        case .messageLog: return .app(.messageLogKeyPressed)
        case .newSession: return .dialog(.newSessionKeyPressed)
        case .ticket: return .dialog(.ticketKeyPressed)
        case .recordingsFilter: return .recordings(.filterKeyPressed)
        case .mark: return .recordings(.markKeyPressed)
        case .download: return .downloads(.downloadKeyPressed)
        case .downloadMarked: return .downloads(.downloadMarkedKeyPressed)
        case .transcode: return .recordings(.transcodeKeyPressed)
        case .downloads: return .downloads(.panelKeyPressed)
        }
    }

    private static func commandLineAction(_ key: Key, text: String) -> CommandLineAction? {
        switch key {
        case .enter: return .submitted
        case .escape: return .cancelled
        case .up: return .historyBrowsed(older: true)
        case .down: return .historyBrowsed(older: false)
        case .tab: return .completionRequested
        case .backspace where text.isEmpty, .ctrl("h") where text.isEmpty: return .cancelled
        default: return LineEdit.forKey(key).map(CommandLineAction.edited)
        }
    }

    private static func filterAction(_ key: Key) -> PaneAction? {
        switch key {
        case .enter: .filterSubmitted
        case .escape: .filterCleared
        case .up: .moved(.up)
        case .down: .moved(.down)
        case .pageUp: .moved(.pageUp)
        case .pageDown: .moved(.pageDown)
        default: LineEdit.forKey(key).map(PaneAction.filterEdited)
        }
    }
}
