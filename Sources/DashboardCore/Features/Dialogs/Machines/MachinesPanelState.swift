import GoToAssistAPI

/// Enter on a company: its fields and its unattended machines; `n` starts a session on one.
public struct MachinesPanelState: Equatable, Sendable {
    public var companyId: String
    public var companyName: String
    public var machines: Loadable<[Machine]> = .loading
    public var selected = 0

    public init(companyId: String, companyName: String) {
        self.companyId = companyId
        self.companyName = companyName
    }

    public var selectedMachine: Machine? {
        guard let list = machines.value, list.indices.contains(selected) else { return nil }
        return list[selected]
    }
}
