import Foundation

/// The generic pane: movement, filter, sort, refresh and detail for every registered pane.
///
/// What differs between panes (their fetch, a server-side search, what Enter opens) comes in
/// through the pane's `PaneHooks`; everything else is the same code for all of them.
struct PaneReducer {
    let environment: DashboardEnvironment

    func reduce(_ state: inout DashboardState, _ id: PaneID, _ action: PaneAction) -> Effect<DashboardAction> {
        let pane = PaneRegistry.descriptor(id)
        switch action {
        case .moved(let movement):
            pane.updateTable(&state, .move(movement, environment.clock.now()))
            return pane.hooks.moved?(&state, environment) ?? .none
        case .detailKeyPressed:
            guard state.overlay == nil, let key = pane.table(state).selectedKey else { return .none }
            if let opened = pane.hooks.opened { return opened(&state, key, environment) }
            state.overlay = .detail(pane: id, key: key, scroll: 0)
            state.overlayMaxScroll = nil
            return .none
        case .filterKeyPressed:
            guard state.overlay == nil else { return .none }
            pane.updateTable(&state, .editing(true))
            return .none
        case .filterEdited(let edit):
            let before = pane.table(state).filter
            pane.updateTable(&state, .editFilter(edit))
            guard pane.table(state).filter != before else { return .none }
            return pane.hooks.filterEdited?(&state, environment) ?? .none
        case .filterSubmitted:
            pane.updateTable(&state, .editing(false))
            return pane.hooks.filterSubmitted?(&state, environment) ?? .none
        case .filterCleared:
            return clearFilter(&state, id)
        case .sortKeyPressed, .sortReverseKeyPressed:
            let count = pane.columns.count
            pane.updateTable(&state, action == .sortKeyPressed ? .sortNext(columnCount: count) : .sortReverse(columnCount: count))
            return pane.hooks.sorted?(&state, environment) ?? .none
        case .refreshKeyPressed:
            return refreshRequested(&state, id)
        case .refreshTimerFired:
            state[keyPath: pane.refresh].nextDue = nil
            guard state.isVisible(id) else { return .none }
            return PaneRefresh.start(&state, id, environment)
        }
    }

    /// `r` or `:refresh`: refreshes the pane now, or says one is running.
    func refreshRequested(_ state: inout DashboardState, _ id: PaneID) -> Effect<DashboardAction> {
        if state.refreshStatus(id).inFlight {
            environment.post(&state, .info, "\(id.title) refresh already running")
            return .none
        }
        PaneRegistry.descriptor(id).hooks.refreshRequested?(&state)
        return PaneRefresh.start(&state, id, environment)
    }

    /// Esc on a pane: clears its filter and stops editing it.
    func clearFilter(_ state: inout DashboardState, _ id: PaneID) -> Effect<DashboardAction> {
        let pane = PaneRegistry.descriptor(id)
        pane.updateTable(&state, .editing(false))
        pane.updateTable(&state, .setFilter(""))
        return pane.hooks.filterCleared?(&state, environment) ?? .none
    }

    /// Ends editing the focused pane's filter, keeping its text (focus moves, `:` opens).
    func stopEditingFilter(_ state: inout DashboardState) {
        PaneRegistry.descriptor(state.focus).updateTable(&state, .editing(false))
    }
}
