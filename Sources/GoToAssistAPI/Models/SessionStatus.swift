/// The lifecycle state of a support session, as the API names it.
///
/// Unknown values are kept (`other`) rather than rejected, so a new state on the server shows up
/// as text instead of breaking the whole list.
public enum SessionStatus: Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case notStarted, waiting, active, complete, abandoned
    case other(String)

    public static let allCases: [SessionStatus] = [.notStarted, .waiting, .active, .complete, .abandoned]

    /// Reads the API's camelCase word, case-insensitively.
    public init(rawValue: String) {
        switch rawValue.lowercased() {
        case "notstarted": self = .notStarted
        case "waiting": self = .waiting
        case "active": self = .active
        case "complete": self = .complete
        case "abandoned": self = .abandoned
        default: self = .other(rawValue)
        }
    }

    /// The API's word for this state.
    public var rawValue: String {
        switch self {
        case .notStarted: "notStarted"
        case .waiting: "waiting"
        case .active: "active"
        case .complete: "complete"
        case .abandoned: "abandoned"
        case .other(let text): text
        }
    }

    /// Whether the session can still change (it has not ended).
    public var isLive: Bool {
        switch self {
        case .notStarted, .waiting, .active: true
        default: false
        }
    }

    public var description: String { rawValue }
}
