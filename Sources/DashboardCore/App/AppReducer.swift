import Foundation

/// The app shell: lifecycle, time, focus, overlays, themes and pastes.
struct AppReducer {
    let environment: DashboardEnvironment

    func reduce(_ state: inout DashboardState, _ action: AppAction) -> Effect<DashboardAction> {
        switch action {
        case .appStarted:
            state.now = environment.clock.now()
            PaneRefresh.updatePageSizes(&state)
            return .batch([tickClock(), PaneRefresh.syncPolling(&state, environment)])
        case .terminalResized(let width, let height):
            state.width = max(0, width)
            state.height = max(0, height)
            state.overlayMaxScroll = nil
            PaneRefresh.updatePageSizes(&state)
            return PaneRefresh.syncPolling(&state, environment)
        case .clockTicked(let now):
            state.now = now
            for pane in PaneRegistry.all { pane.updateTable(&state, .settle(now)) }
            if state.downloads.isActive { state.downloads.sampleRate(at: environment.clock.now()) }
            return .none
        case .quitPressed:
            return quit(&state)
        case .paneKeyPressed(let pane):
            return focus(&state, pane)
        case .paneCycleKeyPressed(let forward):
            return focus(&state, state.focus.cycled(forward: forward))
        case .escapePressed:
            return escape(&state)
        case .helpKeyPressed:
            if case .help = state.overlay { state.overlay = nil } else { open(&state, .help(scroll: 0)) }
            return .none
        case .messageLogKeyPressed:
            // Open at the end: the newest messages are the ones worth reading.
            if case .messageLog = state.overlay { state.overlay = nil } else { open(&state, .messageLog(scroll: Int.max / 2)) }
            return .none
        case .overlayScrolled(let movement):
            scroll(&state, movement)
            return .none
        case .overlayMeasured(let maxScroll):
            state.overlayMaxScroll = max(0, maxScroll)
            if let overlay = state.overlay, overlay.scroll > maxScroll { state.overlay = overlay.scrolled(to: max(0, maxScroll)) }
            return .none
        case .textPasted(let text):
            return paste(&state, text)
        case .themeLoaded(let name, let error):
            if let error {
                environment.post(&state, .error, error)
            } else {
                state.settings.themeName = name
                environment.post(&state, .info, "theme \(name)")
            }
            return .none
        }
    }

    /// Stops everything and lets the run loop exit; `q`, Ctrl-C, `:q` and a hang-up all end here.
    func quit(_ state: inout DashboardState) -> Effect<DashboardAction> {
        state.shouldQuit = true
        let ids = PaneRefresh.allEffectIDs + [.clockTick, .companySearchDebounce, .dialogLoad, .ticketSearch, .clipboard]
        return .batch(ids.map { Effect.cancel($0) } + DownloadsReducer.cancelDownloadEffects(state))
    }

    /// Focuses a pane; in the stacked layout that also opens it, so polling follows.
    func focus(_ state: inout DashboardState, _ pane: PaneID) -> Effect<DashboardAction> {
        guard state.focus != pane else { return .none }
        PaneReducer(environment: environment).stopEditingFilter(&state)
        state.focus = pane
        state.overlay = nil
        PaneRefresh.updatePageSizes(&state)
        return PaneRefresh.syncPolling(&state, environment)
    }

    /// Esc: leaves the command line, else clears the focused pane's filter, else closes the overlay.
    private func escape(_ state: inout DashboardState) -> Effect<DashboardAction> {
        if state.commandLine.isActive {
            return CommandLineReducer(environment: environment).reduce(&state, .cancelled)
        }
        let table = state.table(state.focus)
        if state.overlay == nil, table.isEditingFilter || !table.filter.isEmpty {
            return PaneReducer(environment: environment).clearFilter(&state, state.focus)
        }
        state.overlay = nil
        return .none
    }

    private func open(_ state: inout DashboardState, _ overlay: Overlay) {
        state.overlay = overlay
        state.overlayMaxScroll = nil
    }

    /// Scrolls the open overlay; until the render has measured it, scrolling down is unbounded
    /// (the measurement that follows brings it back to the last useful line).
    private func scroll(_ state: inout DashboardState, _ movement: TableMovement) {
        guard let overlay = state.overlay else { return }
        let limit = state.overlayMaxScroll ?? Int.max / 2
        let page = max(1, ScreenLayout(width: state.width, height: state.height, focus: state.focus).overlayPageSize)
        state.overlay = overlay.scrolled(to: movement.target(from: min(overlay.scroll, limit), count: limit + 1, pageSize: page))
    }

    /// A once-a-second tick for clocks and ages, aligned to whole seconds.
    private func tickClock() -> Effect<DashboardAction> {
        let clock = environment.clock
        return .run(id: .clockTick) { send in
            while !Task.isCancelled {
                let now = clock.now().timeIntervalSince1970
                let wait = 1 - (now - now.rounded(.down))
                do { try await clock.sleep(wait < 0.05 ? wait + 1 : wait) } catch { return }
                await send(.app(.clockTicked(clock.now())))
            }
        }
    }
}
