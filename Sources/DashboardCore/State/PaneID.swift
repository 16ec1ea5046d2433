/// The dashboard's panes.
public enum PaneID: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    case sessions, companies, recordings

    /// The title shown on the pane and in the help.
    public var title: String {
        switch self {
        case .sessions: "Sessions"
        case .companies: "Companies"
        case .recordings: "Recordings"
        }
    }

    /// The digit key that focuses this pane.
    public var number: Int { (PaneID.allCases.firstIndex(of: self) ?? 0) + 1 }

    public var description: String { rawValue }

    /// The next pane in Tab order (backwards for Shift-Tab).
    public func cycled(forward: Bool) -> PaneID {
        let all = PaneID.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + (forward ? 1 : all.count - 1)) % all.count]
    }
}
