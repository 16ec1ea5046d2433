/// Names a pane. Each pane declares its id in its own feature folder (`PaneID.sessions` in
/// `Features/Sessions`), and the registry decides which panes exist and in what order.
public struct PaneID: Hashable, Sendable, CustomStringConvertible {
    /// The name used in `:name`, `[keys]` and `[refresh]`.
    public let rawValue: String

    /// A pane's own id, declared beside its feature; outside the module ids come from
    /// `init?(rawValue:)`, so an unregistered pane cannot be named.
    init(_ rawValue: String) { self.rawValue = rawValue }

    /// The registered pane of that name, or nil.
    public init?(rawValue: String) {
        guard PaneRegistry.all.contains(where: { $0.id.rawValue == rawValue }) else { return nil }
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    /// Every registered pane, in key and Tab order.
    public static var allCases: [PaneID] { PaneRegistry.ids }

    /// The title shown on the pane and in the help.
    public var title: String { PaneRegistry.descriptor(self).title }

    /// The digit key that focuses the pane: its place in the registry.
    public var number: Int { (PaneRegistry.ids.firstIndex(of: self) ?? 0) + 1 }

    /// The next pane in Tab order (backwards for Shift-Tab).
    public func cycled(forward: Bool) -> PaneID {
        let all = PaneRegistry.ids
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + (forward ? 1 : all.count - 1)) % all.count]
    }
}
