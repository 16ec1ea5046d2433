import DashboardCore

/// Turns a key into a dashboard action, according to what the user is doing.
///
/// An open dialog takes every key first (the top one of the stack), so a letter typed into a
/// form can never trigger a pane command; while the command line or a filter is being edited,
/// keys are text; otherwise the keymap decides. Ctrl-C always quits, whatever the mode,
/// because a user in trouble presses it.
public enum KeyRouter {
    public static func action(for key: Key, state: DashboardState, keymap: KeyMap) -> DashboardAction? {
        if key == .ctrl("c") { return .quitPressed }
        if let modal = state.modals.last { return modalAction(key, modal: modal) }
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
        case .newSession: .newSessionKeyPressed
        case .ticket: .ticketKeyPressed
        case .recordingsFilter: .recordingsFilterKeyPressed
        case .mark: .recordingMarkKeyPressed
        case .download: .downloadKeyPressed
        case .downloadMarked: .downloadMarkedKeyPressed
        case .transcode: .transcodeKeyPressed
        case .downloads: .downloadsKeyPressed
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

// MARK: - Dialogs

extension KeyRouter {
    /// The action a key stands for in the dialog on top; keys a dialog doesn't use do nothing.
    ///
    /// Dialog keys are fixed rather than taken from the keymap: they are few, shown in each
    /// dialog's footer, and must not change meaning when a pane command is remapped.
    static func modalAction(_ key: Key, modal: Modal) -> DashboardAction? {
        switch modal {
        case .form(let form):
            let value = form.fields.indices.contains(form.focus) ? form.fields[form.focus].value : ""
            return formAction(key, value: value)
        case .confirm:
            return confirmAction(key)
        case .launchURL:
            return launchURLAction(key)
        case .tickets(let panel):
            return panel.isEditingQuery ? ticketQueryAction(key, query: panel.query) : ticketListAction(key)
        case .links:
            if let movement = listMovement(key) { return .movementKeyPressed(movement) }
            switch key {
            case .character("a"): return .addLinkKeyPressed
            case .escape, .character("q"): return .escapePressed
            default: return nil
            }
        case .machines:
            if let movement = listMovement(key) { return .movementKeyPressed(movement) }
            switch key {
            case .character("n"): return .newSessionKeyPressed
            case .enter: return .dialogSubmitted
            case .escape, .character("q"): return .escapePressed
            default: return nil
            }
        case .downloads:
            if let movement = listMovement(key) { return .movementKeyPressed(movement) }
            switch key {
            case .character("x"), .delete: return .downloadCancelKeyPressed
            case .character("X"): return .downloadCancelAllKeyPressed
            case .escape, .character("q"), .character("w"): return .escapePressed
            default: return nil
            }
        }
    }

    private static func formAction(_ key: Key, value: String) -> DashboardAction? {
        switch key {
        case .enter: .dialogSubmitted
        case .tab, .down: .dialogFocusMoved(forward: true)
        case .backTab, .up: .dialogFocusMoved(forward: false)
        case .escape: .escapePressed
        case .backspace, .ctrl("h"): .dialogTextEdited(String(value.dropLast()))
        case .ctrl("u"): .dialogTextEdited("")
        case .character(let c): .dialogTextEdited(value + String(c))
        default: nil
        }
    }

    private static func confirmAction(_ key: Key) -> DashboardAction? {
        switch key {
        case .character("y"), .character("Y"), .enter: .confirmAnswered(accepted: true)
        case .character("n"), .character("N"), .escape: .confirmAnswered(accepted: false)
        default: nil
        }
    }

    private static func launchURLAction(_ key: Key) -> DashboardAction? {
        switch key {
        case .character("y"): .copyKeyPressed
        case .character("o"): .openKeyPressed
        case .escape, .enter, .character("q"): .escapePressed
        default: nil
        }
    }

    /// While the ticket query is edited, keys are text, as in the `/` filter.
    private static func ticketQueryAction(_ key: Key, query: String) -> DashboardAction? {
        switch key {
        case .enter: .dialogSubmitted
        case .escape: .escapePressed
        case .up: .movementKeyPressed(.up)
        case .down: .movementKeyPressed(.down)
        case .backspace, .ctrl("h"): .dialogTextEdited(String(query.dropLast()))
        case .ctrl("u"): .dialogTextEdited("")
        case .character(let c): .dialogTextEdited(query + String(c))
        default: nil
        }
    }

    private static func ticketListAction(_ key: Key) -> DashboardAction? {
        switch key {
        case .enter: return .dialogSubmitted
        case .character("c"): return .createTicketKeyPressed
        case .character("/"): return .dialogSearchKeyPressed
        case .pageDown, .right, .character("]"): return .dialogPageTurned(forward: true)
        case .pageUp, .left, .character("["): return .dialogPageTurned(forward: false)
        case .escape, .character("q"): return .escapePressed
        default: return listMovement(key).map { .movementKeyPressed($0) }
        }
    }

    /// j/k, arrows, g/G, Home/End and (outside the ticket panel) PgUp/PgDn move in a dialog list.
    private static func listMovement(_ key: Key) -> TableMovement? {
        switch key {
        case .character("k"), .up: .up
        case .character("j"), .down: .down
        case .character("g"), .home: .top
        case .character("G"), .end: .bottom
        case .pageUp: .pageUp
        case .pageDown: .pageDown
        default: nil
        }
    }
}
