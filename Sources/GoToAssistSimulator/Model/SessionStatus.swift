/// The lifecycle state of a support session, spelled as on the wire.
enum SessionStatus: String, Sendable, CaseIterable {
    case notStarted, waiting, active, complete, abandoned

    /// True while the session can still change.
    var isLive: Bool {
        self == .notStarted || self == .waiting || self == .active
    }

    /// The usual next state: notStarted → waiting → active → complete.
    var next: SessionStatus? {
        switch self {
        case .notStarted: .waiting
        case .waiting: .active
        case .active: .complete
        case .complete, .abandoned: nil
        }
    }

    /// Whether `target` is reachable from here by moving forward through the lifecycle.
    func canAdvance(to target: SessionStatus) -> Bool {
        switch (self, target) {
        case (.notStarted, .waiting), (.notStarted, .active), (.notStarted, .complete), (.notStarted, .abandoned):
            true
        case (.waiting, .active), (.waiting, .complete), (.waiting, .abandoned):
            true
        case (.active, .complete):
            true
        default:
            false
        }
    }
}
