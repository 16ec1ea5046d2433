import DashboardCore
import Foundation

/// Drives the reducer one action at a time and runs chosen effects to see what they send.
struct ReducerHarness {
    var state: DashboardState
    let reducer: DashboardReducer
    let clock: TestClock
    let api: FakeAPI
    let workflows: FakeWorkflows

    init(width: Int = 120, height: Int = 40, settings: DashboardSettings = DashboardSettings(),
         switchProfile: (@Sendable (String) async throws -> DashboardSettings)? = nil) {
        clock = TestClock()
        api = FakeAPI()
        workflows = FakeWorkflows()
        var environment = api.environment(clock: clock)
        environment.workflows = workflows.client
        if let switchProfile { environment.switchProfile = switchProfile }
        reducer = DashboardReducer(environment: environment, tableHeight: { _, state in max(1, state.height - 8) })
        state = DashboardState(settings: settings, now: clock.now)
        state.width = width
        state.height = height
    }

    /// Sends an action and returns the effect the reducer asked for.
    @discardableResult
    mutating func send(_ action: DashboardAction) -> Effect<DashboardAction> {
        reducer.reduce(&state, action)
    }

    /// Sends an action, runs the effect with `id` it returns, feeds back what it sent, and
    /// returns those actions.
    @discardableResult
    mutating func sendAndRun(_ action: DashboardAction, _ id: EffectID) async -> [DashboardAction] {
        let effect = send(action)
        let produced = await effect.actions(of: id)
        for next in produced { send(next) }
        return produced
    }
}

extension Effect where Action == DashboardAction {
    /// Runs the `.task` effects with the given id (at most `limit` actions each, so endless
    /// loops like the clock tick stop) and returns the actions they sent.
    func actions(of id: EffectID, limit: Int = 5) async -> [Action] {
        var collected: [Action] = []
        for operation in operations(of: id) {
            let box = ActionBox()
            let task = Task {
                await operation(Send { action in
                    if box.append(action) >= limit { withUnsafeCurrentTask { $0?.cancel() } }
                })
            }
            await task.value
            collected += box.actions
        }
        return collected
    }

    private func operations(of id: EffectID) -> [@Sendable (Send<Action>) async -> Void] {
        switch self {
        case .task(let taskID, let operation): taskID == id ? [operation] : []
        case .merge(let effects): effects.flatMap { $0.operations(of: id) }
        default: []
        }
    }
}

final class ActionBox: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [DashboardAction] = []

    func append(_ action: DashboardAction) -> Int { lock.withLock { list.append(action); return list.count } }
    var actions: [DashboardAction] { lock.withLock { list } }
}
