/// Owns the state, runs the reducer on each action and runs the effects it returns.
///
/// Lives on the main actor, so state changes happen one at a time in order; effects run as
/// tasks and come back through `send`. A stripped-down TCA `Store` without Combine.
@MainActor
public final class Store<State: Sendable, Action: Sendable> {
    public private(set) var state: State
    private let reducer: (inout State, Action) -> Effect<Action>
    private var running: [EffectID: (generation: Int, task: Task<Void, Never>)] = [:]
    private var anonymous: [Int: Task<Void, Never>] = [:]
    private var generation = 0
    /// Called after every action that was sent; the UI renders from here.
    public var onChange: ((State) -> Void)?

    public init(initialState: State, reducer: @escaping (inout State, Action) -> Effect<Action>) {
        state = initialState
        self.reducer = reducer
    }

    /// Applies an action and starts the effects it asks for.
    public func send(_ action: Action) {
        let effect = reducer(&state, action)
        execute(effect)
        onChange?(state)
    }

    /// Cancels every running effect (on quit).
    public func cancelAll() {
        for entry in running.values { entry.task.cancel() }
        for task in anonymous.values { task.cancel() }
        running.removeAll()
        anonymous.removeAll()
    }

    /// The ids of effects still running, for tests.
    public var runningIDs: Set<EffectID> { Set(running.keys) }

    private func execute(_ effect: Effect<Action>) {
        switch effect {
        case .none:
            break
        case .cancel(let id):
            running.removeValue(forKey: id)?.task.cancel()
        case .merge(let effects):
            effects.forEach(execute)
        case .task(let id, let operation):
            let send = Send<Action> { [weak self] action in
                await MainActor.run { self?.send(action) }
            }
            generation += 1
            let current = generation
            if let id {
                running.removeValue(forKey: id)?.task.cancel()
                let task = Task { [weak self] in
                    await operation(send)
                    await MainActor.run { self?.finished(id, generation: current) }
                }
                running[id] = (current, task)
            } else {
                anonymous[current] = Task { [weak self] in
                    await operation(send)
                    await MainActor.run { _ = self?.anonymous.removeValue(forKey: current) }
                }
            }
        }
    }

    /// Forgets a finished effect, unless a newer one with the same id has replaced it.
    private func finished(_ id: EffectID, generation: Int) {
        if running[id]?.generation == generation { running.removeValue(forKey: id) }
    }
}
