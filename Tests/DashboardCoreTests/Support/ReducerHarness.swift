import DashboardCore
import Foundation

/// Drives the reducer one action at a time and runs chosen effects to see what they send.
struct ReducerHarness {
    var state: DashboardState
    let reducer: DashboardReducer
    let clock: TestClock
    let api: FakeAPI
    let workflows: FakeWorkflows
    let downloads: FakeDownloads

    init(width: Int = 120, height: Int = 40, settings: DashboardSettings = DashboardSettings(),
         switchProfile: (@Sendable (String) async throws -> DashboardSettings)? = nil) {
        clock = TestClock()
        api = FakeAPI()
        workflows = FakeWorkflows()
        downloads = FakeDownloads(clock: clock)
        var environment = api.environment(clock: clock)
        environment.workflows = workflows.client
        environment.downloadRecordingFile = downloads.closure
        if let switchProfile { environment.switchProfile = switchProfile }
        reducer = DashboardReducer(environment: environment)
        state = DashboardState(settings: settings, now: clock.now)
        state.width = width
        state.height = height
    }

    /// Sends an action and returns the effect the reducer asked for.
    @discardableResult
    mutating func send(_ action: DashboardAction) -> Effect<DashboardAction> {
        reducer.reduce(&state, action)
    }

    /// Sends actions in order and returns the effect the last one asked for.
    @discardableResult
    mutating func send(_ actions: [DashboardAction]) -> Effect<DashboardAction> {
        var effect = Effect<DashboardAction>.none
        for action in actions { effect = send(action) }
        return effect
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

extension ReducerHarness {
    /// A generic pane action on the focused pane, as the key router scopes it.
    func pane(_ action: PaneAction) -> DashboardAction { .pane(state.focus, action) }

    /// A movement key, routed as the key router routes it: to the top dialog, the open overlay,
    /// or the focused pane.
    func moved(_ movement: TableMovement) -> DashboardAction {
        if !state.modals.isEmpty { return .dialog(.moved(movement)) }
        if state.overlay != nil { return .app(.overlayScrolled(movement)) }
        return .pane(state.focus, .moved(movement))
    }

    /// Esc, routed as the key router routes it.
    var escape: DashboardAction {
        if !state.modals.isEmpty { return .dialog(.escapePressed) }
        if state.commandLine.isActive { return .commandLine(.cancelled) }
        if state.isEditingFilter { return .pane(state.focus, .filterCleared) }
        return .app(.escapePressed)
    }

    /// The edits that turn `current` into `text` by typing: one insertion or a backspace when
    /// that is all it takes, else clearing and typing it all.
    static func edits(from current: String, to text: String) -> [LineEdit] {
        if text.isEmpty { return [.clear] }
        if text.hasPrefix(current) { return [.insert(String(text.dropFirst(current.count)))] }
        if current.hasPrefix(text), current.count == text.count + 1 { return [.deleteBackward] }
        return [.clear, .insert(text)]
    }

    /// Typing into the focused pane's filter until it reads `text`.
    func filterText(_ text: String) -> [DashboardAction] {
        Self.edits(from: state.table(state.focus).filter, to: text).map { .pane(state.focus, .filterEdited($0)) }
    }

    /// Typing into the focused form field (or ticket query) until it reads `text`.
    func dialogText(_ text: String) -> [DashboardAction] {
        let current: String
        switch state.modals.last {
        case .form(let form) where form.fields.indices.contains(form.focus): current = form.fields[form.focus].value
        case .tickets(let panel): current = panel.query
        default: current = ""
        }
        return Self.edits(from: current, to: text).map { .dialog(.textEdited($0)) }
    }

    /// Typing into the command line until it reads `text`.
    func commandText(_ text: String) -> [DashboardAction] {
        Self.edits(from: state.commandLine.text, to: text).map { .commandLine(.edited($0)) }
    }

    /// Runs the effects of `effect` whose ids pass `filter`, one at a time in order, feeds back
    /// what each sent, and keeps going with the effects that feedback returns, until none is
    /// left (or `rounds` effects ran). Returns every action sent back.
    @discardableResult
    mutating func drain(_ effect: Effect<DashboardAction>, rounds: Int = 100,
                        where filter: (EffectID) -> Bool) async -> [DashboardAction] {
        var pending = effect.runIDs.filter(filter).map { (id: $0, effect: effect) }
        var sent: [DashboardAction] = []
        var ran = 0
        while !pending.isEmpty, ran < rounds {
            let (id, source) = pending.removeFirst()
            ran += 1
            for action in await source.actions(of: id, limit: 1000) {
                sent.append(action)
                let next = send(action)
                pending += next.runIDs.filter(filter).map { (id: $0, effect: next) }
            }
        }
        return sent
    }
}

extension EffectID {
    /// A download's effects: link fetches and files.
    var isDownload: Bool {
        switch self {
        case .download, .downloadLinks: true
        default: false
        }
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
