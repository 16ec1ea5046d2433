import DashboardCore

extension KeyRouter {
    /// The dialog action a key stands for in the dialog on top; keys a dialog doesn't use do nothing.
    ///
    /// Dialog keys are fixed rather than taken from the keymap: they are few, shown in each
    /// dialog's footer, and must not change meaning when a pane command is remapped.
    static func modalAction(_ key: Key, modal: Modal) -> DialogAction? {
        switch modal {
        case .form:
            return textInputAction(key) ?? {
                switch key {
                case .tab, .down: .focusMoved(forward: true)
                case .backTab, .up: .focusMoved(forward: false)
                default: nil
                }
            }()
        case .confirm:
            switch key {
            case .character("y"), .character("Y"), .enter: return .confirmAnswered(accepted: true)
            case .character("n"), .character("N"), .escape: return .confirmAnswered(accepted: false)
            default: return nil
            }
        case .launchURL:
            switch key {
            case .character("y"): return .copyKeyPressed
            case .character("o"): return .openKeyPressed
            case .escape, .enter, .character("q"): return .escapePressed
            default: return nil
            }
        case .tickets(let panel):
            // While the query is edited, keys are text, as in the `/` filter.
            if panel.isEditingQuery {
                return textInputAction(key) ?? {
                    switch key {
                    case .up: .moved(.up)
                    case .down: .moved(.down)
                    default: nil
                    }
                }()
            }
            switch key {
            case .enter: return .submitted
            case .character("c"): return .createTicketKeyPressed
            case .character("/"): return .searchKeyPressed
            case .pageDown, .right, .character("]"): return .pageTurned(forward: true)
            case .pageUp, .left, .character("["): return .pageTurned(forward: false)
            case .escape, .character("q"): return .escapePressed
            default: return listMovement(key).map(DialogAction.moved)
            }
        case .links:
            if let movement = listMovement(key) { return .moved(movement) }
            switch key {
            case .character("a"): return .addLinkKeyPressed
            case .escape, .character("q"): return .escapePressed
            default: return nil
            }
        case .machines:
            if let movement = listMovement(key) { return .moved(movement) }
            switch key {
            case .character("n"): return .newSessionKeyPressed
            case .enter: return .submitted
            case .escape, .character("q"): return .escapePressed
            default: return nil
            }
        case .downloads:
            if let movement = listMovement(key) { return .moved(movement) }
            switch key {
            case .escape, .character("q"), .character("w"): return .escapePressed
            default: return nil
            }
        }
    }

    /// `x` and `X` in the downloads panel belong to the downloads feature.
    static func downloadsPanelAction(_ key: Key, _ modal: Modal) -> DashboardAction? {
        guard case .downloads = modal else { return nil }
        switch key {
        case .character("x"), .delete: return .downloads(.cancelKeyPressed)
        case .character("X"): return .downloads(.cancelAllKeyPressed)
        default: return nil
        }
    }

    /// Enter, Esc and line editing, for every text input of a dialog.
    private static func textInputAction(_ key: Key) -> DialogAction? {
        switch key {
        case .enter: .submitted
        case .escape: .escapePressed
        default: LineEdit.forKey(key).map(DialogAction.textEdited)
        }
    }

    /// j/k, arrows, g/G, Home/End and PgUp/PgDn move in a dialog list.
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
