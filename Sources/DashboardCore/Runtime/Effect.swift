/// Work a reducer asks for: async, cancellable, identified, and never touching state.
///
/// Effects call the environment (API client, clock) and report back by sending actions; the
/// store runs them. Starting a `.run` with an id already running cancels the older one, so a
/// refresh can never overlap itself.
public enum Effect<Action: Sendable>: Sendable {
    case none
    case task(id: EffectID?, operation: @Sendable (Send<Action>) async -> Void)
    case cancel(EffectID)
    indirect case merge([Effect<Action>])

    /// An effect running `operation`, cancelling any running effect with the same id.
    public static func run(id: EffectID? = nil, _ operation: @escaping @Sendable (Send<Action>) async -> Void) -> Effect {
        .task(id: id, operation: operation)
    }

    /// Combines effects; `.none` entries are dropped.
    public static func batch(_ effects: [Effect]) -> Effect {
        let useful = effects.filter { if case .none = $0 { false } else { true } }
        switch useful.count {
        case 0: return .none
        case 1: return useful[0]
        default: return .merge(useful)
        }
    }

    /// The ids of the `.run` effects inside, for tests and logs.
    public var runIDs: [EffectID] {
        switch self {
        case .none, .cancel: []
        case .task(let id, _): id.map { [$0] } ?? []
        case .merge(let effects): effects.flatMap(\.runIDs)
        }
    }

    /// The ids this effect cancels.
    public var cancelledIDs: [EffectID] {
        switch self {
        case .none, .task: []
        case .cancel(let id): [id]
        case .merge(let effects): effects.flatMap(\.cancelledIDs)
        }
    }
}

/// Sends actions from an effect back into the store.
public struct Send<Action: Sendable>: Sendable {
    private let deliver: @Sendable (Action) async -> Void

    public init(_ deliver: @escaping @Sendable (Action) async -> Void) { self.deliver = deliver }

    /// Delivers an action unless the effect was cancelled (a cancelled refresh must not land).
    public func callAsFunction(_ action: Action) async {
        guard !Task.isCancelled else { return }
        await deliver(action)
    }
}

/// Names a long-lived or repeatable effect so it can be replaced or cancelled.
public enum EffectID: Hashable, Sendable {
    case refresh(PaneID)
    case refreshTimer(PaneID)
    case clockTick
    case companySearchDebounce
    case messageExpiry
    /// The one write in flight (start, ticket, link): never two at once.
    case write
    /// A lookup for the open dialog (links, machines, browser link).
    case dialogLoad
    /// The ticket search, restarted (and so debounced) on every keystroke.
    case ticketSearch
    case clipboard
    /// Connecting to another profile (`:profile NAME`).
    case profileSwitch
    /// The chat transcript of the session whose detail is open.
    case transcript
    /// One `GET /archive/recordings/urls` for downloads, by request number.
    case downloadLinks(Int)
    /// One file being downloaded; cancelling it stops that file only.
    case download(DownloadFileID)
}
