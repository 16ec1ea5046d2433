import Foundation

/// Turns actions into state changes and effects; the single place dashboard logic lives.
///
/// Deterministic: time comes from `environment.clock`, I/O only from effects. Split by concern
/// into `DashboardReducer+….swift` files; logic shared between cases lives in helpers taking
/// `inout DashboardState`, not in extra actions.
public struct DashboardReducer: Sendable {
    public let environment: DashboardEnvironment
    /// How many data rows a pane shows at the state's size; the UI's layout supplies it.
    public let tableHeight: @Sendable (PaneID, DashboardState) -> Int
    /// The last useful scroll position of the open overlay; the UI measures its text.
    public let overlayMaxScroll: @Sendable (DashboardState) -> Int

    public init(environment: DashboardEnvironment,
                tableHeight: @escaping @Sendable (PaneID, DashboardState) -> Int = { _, state in max(1, state.height - 6) },
                overlayMaxScroll: @escaping @Sendable (DashboardState) -> Int = { _ in Int.max / 2 }) {
        self.environment = environment
        self.tableHeight = tableHeight
        self.overlayMaxScroll = overlayMaxScroll
    }

    public func reduce(_ state: inout DashboardState, _ action: DashboardAction) -> Effect<DashboardAction> {
        if let effect = dialogKey(&state, action) { return effect }
        switch action {
        case .appStarted:
            state.now = environment.clock.now()
            updatePageSizes(&state)
            return .batch([tickClock(), syncPolling(&state)])

        case .terminalResized(let width, let height):
            state.width = max(0, width)
            state.height = max(0, height)
            updatePageSizes(&state)
            return syncPolling(&state)

        case .clockTicked(let now):
            state.now = now
            state.sessions.table.settle(now: now)
            state.companies.table.settle(now: now)
            state.recordings.table.settle(now: now)
            if state.downloads.isActive { state.downloads.sampleRate(at: environment.clock.now()) }
            return .none

        case .quitPressed:
            state.shouldQuit = true
            return .batch(PaneID.allCases.flatMap { [Effect.cancel(.refresh($0)), .cancel(.refreshTimer($0))] }
                + [.cancel(.clockTick), .cancel(.companySearchDebounce), .cancel(.dialogLoad), .cancel(.ticketSearch),
                   .cancel(.clipboard)] + cancelDownloadEffects(state))

        case .refreshTimerFired(let pane):
            statusBinding(&state, pane) { $0.nextDue = nil }
            guard state.isVisible(pane) else { return .none }
            return startRefresh(&state, pane)

        case .refreshKeyPressed:
            if state.refreshStatus(state.focus).inFlight {
                post(&state, .info, "\(state.focus.title) refresh already running")
                return .none
            }
            if state.focus == .sessions { state.sessions.fullFetchRequested = true }
            return startRefresh(&state, state.focus)

        case .sessionsResponse(let result):
            return sessionsResponse(&state, result)
        case .sessionsUpdateResponse(let since, let result):
            return sessionsResponse(&state, since: since, result)
        case .companiesResponse(let offset, let result):
            return companiesResponse(&state, offset: offset, result)
        case .recordingsResponse(let result):
            return recordingsResponse(&state, result)

        case .paneKeyPressed, .paneCycleKeyPressed, .movementKeyPressed, .detailKeyPressed, .escapePressed,
             .helpKeyPressed, .messageLogKeyPressed:
            return navigate(&state, action)

        case .filterKeyPressed, .filterEdited, .filterSubmitted, .companySearchDebounced, .sortKeyPressed,
             .sortReverseKeyPressed:
            return filterOrSort(&state, action)

        case .textPasted(let text):
            return pasted(&state, text)

        case .commandKeyPressed, .commandLineEdited, .commandHistoryBrowsed, .commandSubmitted:
            return commandLine(&state, action)

        case .newSessionKeyPressed, .ticketKeyPressed, .createTicketKeyPressed, .addLinkKeyPressed, .copyKeyPressed,
             .openKeyPressed, .dialogTextEdited, .dialogFocusMoved, .dialogSubmitted, .dialogSearchKeyPressed,
             .dialogPageTurned, .confirmAnswered, .writeResponse, .ticketLinkResponse, .ticketSearchResponse,
             .linksResponse, .machinesResponse, .browserLinkResponse, .dialogNoteReceived:
            return dialogs(&state, action)

        case .recordingsFilterKeyPressed:
            return openRecordingsFilter(&state, fromKey: true)

        case .recordingMarkKeyPressed:
            return toggleMark(&state)

        case .transcodeKeyPressed:
            return transcodeRequested(&state)

        case .downloadKeyPressed, .downloadMarkedKeyPressed, .downloadsKeyPressed, .downloadCancelKeyPressed,
             .downloadCancelAllKeyPressed, .downloadLinksResponse, .downloadProgressed, .downloadFinished:
            return downloads(&state, action)

        case .transcriptResponse(let sessionId, let result):
            return transcriptResponse(&state, sessionId: sessionId, result)

        case .profileSwitched(let name, let result):
            return profileSwitched(&state, name: name, result)

        case .themeLoaded(let name, let error):
            if let error {
                post(&state, .error, error)
            } else {
                state.themeName = name
                post(&state, .info, "theme \(name)")
            }
            return .none
        }
    }

    /// Posts a message to the status bar and the log, stamped with the clock's time.
    func post(_ state: inout DashboardState, _ level: MessageLog.Level, _ text: String) {
        state.messages.post(level, text, at: environment.clock.now())
        switch level {
        case .error: environment.logger.warning("\(text)")
        case .warn: environment.logger.notice("\(text)")
        case .info: environment.logger.debug("\(text)")
        }
    }

    /// Tells each table how many rows fit, for paging and scrolling.
    func updatePageSizes(_ state: inout DashboardState) {
        state.sessions.table.setPageSize(tableHeight(.sessions, state))
        state.companies.table.setPageSize(tableHeight(.companies, state))
        state.recordings.table.setPageSize(tableHeight(.recordings, state))
    }

    /// A once-a-second tick for clocks and ages, aligned to whole seconds.
    func tickClock() -> Effect<DashboardAction> {
        let clock = environment.clock
        return .run(id: .clockTick) { send in
            while !Task.isCancelled {
                let now = clock.now().timeIntervalSince1970
                let wait = 1 - (now - now.rounded(.down))
                do { try await clock.sleep(wait < 0.05 ? wait + 1 : wait) } catch { return }
                await send(.clockTicked(clock.now()))
            }
        }
    }

    /// Applies a change to a pane's refresh status.
    func statusBinding(_ state: inout DashboardState, _ pane: PaneID, _ change: (inout RefreshStatus) -> Void) {
        switch pane {
        case .sessions: change(&state.sessions.refresh)
        case .companies: change(&state.companies.refresh)
        case .recordings: change(&state.recordings.refresh)
        }
    }
}
