/// Focus, selection, overlays.
extension DashboardReducer {
    func navigate(_ state: inout DashboardState, _ action: DashboardAction) -> Effect<DashboardAction> {
        switch action {
        case .paneKeyPressed(let pane):
            return focus(&state, pane)
        case .paneCycleKeyPressed(let forward):
            return focus(&state, state.focus.cycled(forward: forward))

        case .movementKeyPressed(let movement):
            if let overlay = state.overlay {
                state.overlay = scrolled(overlay, movement, pageSize: max(1, state.height - 6))
                clampOverlayScroll(&state)
                return .none
            }
            let now = environment.clock.now()
            switch state.focus {
            case .sessions: state.sessions.table.move(movement, now: now)
            case .companies:
                state.companies.table.move(movement, now: now)
                return loadMoreCompaniesIfNeeded(&state)
            case .recordings: state.recordings.table.move(movement, now: now)
            }
            return .none

        case .detailKeyPressed:
            guard state.overlay == nil, let key = selectedKey(state, state.focus) else { return .none }
            if state.focus == .companies { return openMachines(&state, key: key) }
            state.overlay = .detail(pane: state.focus, key: key, scroll: 0)
            return state.focus == .sessions ? loadTranscript(&state, key: key) : .none

        case .helpKeyPressed:
            if case .help = state.overlay { state.overlay = nil } else { state.overlay = .help(scroll: 0) }
            return .none

        case .messageLogKeyPressed:
            if case .messageLog = state.overlay {
                state.overlay = nil
            } else {
                // Open at the end: the newest messages are the ones worth reading.
                state.overlay = .messageLog(scroll: Int.max / 2)
                clampOverlayScroll(&state)
            }
            return .none

        case .escapePressed:
            if state.commandLine.isActive {
                state.commandLine.isActive = false
                state.commandLine.text = ""
                state.commandLine.historyIndex = nil
            } else if state.isEditingFilter || currentFilter(state).isEmpty == false, state.overlay == nil {
                return clearFilter(&state)
            } else {
                state.overlay = nil
            }
            return .none

        default:
            return .none
        }
    }

    /// Focuses a pane; in the stacked layout that also opens it, so polling follows.
    func focus(_ state: inout DashboardState, _ pane: PaneID) -> Effect<DashboardAction> {
        guard state.focus != pane else { return .none }
        stopEditingFilter(&state)
        state.focus = pane
        state.overlay = nil
        updatePageSizes(&state)
        return syncPolling(&state)
    }

    func selectedKey(_ state: DashboardState, _ pane: PaneID) -> String? {
        switch pane {
        case .sessions: state.sessions.table.selectedKey
        case .companies: state.companies.table.selectedKey
        case .recordings: state.recordings.table.selectedKey
        }
    }

    /// Keeps an overlay's scroll within its text, so "up" works at once after scrolling past the end.
    func clampOverlayScroll(_ state: inout DashboardState) {
        let limit = max(0, overlayMaxScroll(state))
        switch state.overlay {
        case .detail(let pane, let key, let scroll) where scroll > limit: state.overlay = .detail(pane: pane, key: key, scroll: limit)
        case .help(let scroll) where scroll > limit: state.overlay = .help(scroll: limit)
        case .messageLog(let scroll) where scroll > limit: state.overlay = .messageLog(scroll: limit)
        default: break
        }
    }

    private func scrolled(_ overlay: Overlay, _ movement: TableMovement, pageSize: Int) -> Overlay {
        func apply(_ scroll: Int) -> Int {
            switch movement {
            case .up: max(0, scroll - 1)
            case .down: scroll + 1
            case .pageUp: max(0, scroll - pageSize)
            case .pageDown: scroll + pageSize
            case .top: 0
            case .bottom: Int.max / 2
            }
        }
        switch overlay {
        case .detail(let pane, let key, let scroll): return .detail(pane: pane, key: key, scroll: apply(scroll))
        case .help(let scroll): return .help(scroll: apply(scroll))
        case .messageLog(let scroll): return .messageLog(scroll: apply(scroll))
        }
    }
}
