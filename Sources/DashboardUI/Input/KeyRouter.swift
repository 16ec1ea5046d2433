import DashboardCore

/// Turns a key into a dashboard action, according to what the user is doing.
///
/// While the command line or a filter is being edited, keys are text; otherwise the keymap
/// decides. Ctrl-C always quits, whatever the mode, because a user in trouble presses it.
public enum KeyRouter {
    public static func action(for key: Key, state: DashboardState, keymap: KeyMap) -> DashboardAction? {
        if key == .ctrl("c") { return .quitPressed }
        if state.commandLine.isActive { return commandLineAction(key, text: state.commandLine.text) }
        if state.isEditingFilter { return filterAction(key, text: filterText(state)) }
        if key == .escape { return .escapePressed }
        guard let command = keymap.command(for: key) else { return nil }
        return action(for: command)
    }

    /// The action a keymap command stands for in normal mode.
    public static func action(for command: KeyCommand) -> DashboardAction {
        switch command {
        case .quit: .quitPressed
        case .help: .helpKeyPressed
        case .nextPane: .paneCycleKeyPressed(forward: true)
        case .previousPane: .paneCycleKeyPressed(forward: false)
        case .focusSessions: .paneKeyPressed(.sessions)
        case .focusCompanies: .paneKeyPressed(.companies)
        case .focusRecordings: .paneKeyPressed(.recordings)
        case .up: .movementKeyPressed(.up)
        case .down: .movementKeyPressed(.down)
        case .pageUp: .movementKeyPressed(.pageUp)
        case .pageDown: .movementKeyPressed(.pageDown)
        case .top: .movementKeyPressed(.top)
        case .bottom: .movementKeyPressed(.bottom)
        case .openDetail: .detailKeyPressed
        case .filter: .filterKeyPressed
        case .sortNext: .sortKeyPressed
        case .sortReverse: .sortReverseKeyPressed
        case .refresh: .refreshKeyPressed
        case .commandLine: .commandKeyPressed
        case .messageLog: .messageLogKeyPressed
        }
    }

    private static func commandLineAction(_ key: Key, text: String) -> DashboardAction? {
        switch key {
        case .enter: .commandSubmitted
        case .escape: .escapePressed
        case .up: .commandHistoryBrowsed(older: true)
        case .down: .commandHistoryBrowsed(older: false)
        case .backspace, .ctrl("h"): text.isEmpty ? .escapePressed : .commandLineEdited(String(text.dropLast()))
        case .ctrl("u"): .commandLineEdited("")
        case .character(let c): .commandLineEdited(text + String(c))
        default: nil
        }
    }

    private static func filterAction(_ key: Key, text: String) -> DashboardAction? {
        switch key {
        case .enter: .filterSubmitted
        case .escape: .escapePressed
        case .up: .movementKeyPressed(.up)
        case .down: .movementKeyPressed(.down)
        case .pageUp: .movementKeyPressed(.pageUp)
        case .pageDown: .movementKeyPressed(.pageDown)
        case .backspace, .ctrl("h"): .filterEdited(String(text.dropLast()))
        case .ctrl("u"): .filterEdited("")
        case .character(let c): .filterEdited(text + String(c))
        default: nil
        }
    }

    private static func filterText(_ state: DashboardState) -> String {
        switch state.focus {
        case .sessions: state.sessions.table.filter
        case .companies: state.companies.table.filter
        case .recordings: state.recordings.table.filter
        }
    }
}
