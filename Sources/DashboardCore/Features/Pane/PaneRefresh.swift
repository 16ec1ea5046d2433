import Foundation
import GoToAssistAPI

/// Refreshing any pane: one request at a time, timers only for visible panes, backoff on failure.
///
/// Shared functions rather than actions: the app shell (start, resize, focus), the generic pane
/// (`r`, the timer) and the features' responses all call them.
enum PaneRefresh {
    /// Starts a refresh of `id` unless one is running; cancels its pending timer.
    static func start(_ state: inout DashboardState, _ id: PaneID, _ environment: DashboardEnvironment)
        -> Effect<DashboardAction>
    {
        guard !state.refreshStatus(id).inFlight else { return .none }
        let pane = PaneRegistry.descriptor(id)
        return .batch([.cancel(.refreshTimer(id)), pane.hooks.fetch(&state, environment)])
    }

    /// Starts timers for visible panes and stops them for hidden ones; a pane that becomes
    /// visible with old data refreshes at once.
    static func syncPolling(_ state: inout DashboardState, _ environment: DashboardEnvironment) -> Effect<DashboardAction> {
        var effects: [Effect<DashboardAction>] = []
        let now = environment.clock.now()
        for pane in PaneRegistry.all {
            let status = state[keyPath: pane.refresh]
            if !state.isVisible(pane.id) {
                if status.nextDue != nil {
                    state[keyPath: pane.refresh].nextDue = nil
                    effects.append(.cancel(.refreshTimer(pane.id)))
                }
                continue
            }
            guard !status.inFlight, status.nextDue == nil else { continue }
            let delay = status.delay(interval: interval(state, pane.id, environment))
            let due = status.lastSuccess.map { $0.addingTimeInterval(delay) } ?? now
            if due <= now, status.failures == 0 {
                effects.append(start(&state, pane.id, environment))
            } else {
                effects.append(armTimer(&state, pane.id, after: max(0, due.timeIntervalSince(now)), environment))
            }
        }
        return .batch(effects)
    }

    /// Arms the next automatic refresh of a visible pane after a response.
    static func rearm(_ state: inout DashboardState, _ id: PaneID, _ environment: DashboardEnvironment) -> Effect<DashboardAction> {
        guard state.isVisible(id), !state.shouldQuit else { return .none }
        let delay = state.refreshStatus(id).delay(interval: interval(state, id, environment))
        return armTimer(&state, id, after: delay, environment)
    }

    /// The pane's interval, or the faster one its feature asks for (Sessions after a start).
    static func interval(_ state: DashboardState, _ id: PaneID, _ environment: DashboardEnvironment) -> Double {
        let pane = PaneRegistry.descriptor(id)
        let interval = pane.interval(state.settings)
        guard let faster = pane.hooks.fasterInterval?(state, environment.clock.now()) else { return interval }
        return min(interval, faster)
    }

    static func armTimer(_ state: inout DashboardState, _ id: PaneID, after delay: Double,
                         _ environment: DashboardEnvironment) -> Effect<DashboardAction> {
        let pane = PaneRegistry.descriptor(id)
        state[keyPath: pane.refresh].nextDue = environment.clock.now().addingTimeInterval(delay)
        return .after(delay, id: .refreshTimer(id), clock: environment.clock, send: .pane(id, .refreshTimerFired))
    }

    /// Records a success: fresh, no failures, no error.
    static func succeeded(_ status: inout RefreshStatus, now: Date) {
        status.lastSuccess = now
        status.failures = 0
        status.lastError = nil
    }

    /// Records a failure: the rows stay, the badge says stale, the status bar says why once.
    static func failed(_ state: inout DashboardState, _ id: PaneID, _ error: APIError, _ environment: DashboardEnvironment) {
        let text = TextSanitizer.sanitize(error.description)
        let refresh = PaneRegistry.descriptor(id).refresh
        state[keyPath: refresh].failures += 1
        state[keyPath: refresh].lastError = text
        if state[keyPath: refresh].failures == 1 {
            environment.post(&state, .error, "\(id.title): \(text)")
        }
    }

    /// Tells each table how many rows fit, for paging and scrolling.
    static func updatePageSizes(_ state: inout DashboardState) {
        for pane in PaneRegistry.all {
            pane.updateTable(&state, .pageSize(ScreenLayout.tableHeight(for: pane.id, width: state.width, height: state.height)))
        }
    }

    /// Every pane's refresh and timer effects, for quit and profile switches.
    static var allEffectIDs: [EffectID] {
        PaneRegistry.ids.flatMap { [EffectID.refresh($0), .refreshTimer($0)] }
    }
}
