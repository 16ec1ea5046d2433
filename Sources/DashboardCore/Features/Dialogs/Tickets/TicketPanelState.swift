import GoToAssistAPI

/// `t` on a session: the partner-system link, a ticket search, and a selection.
public struct TicketPanelState: Equatable, Sendable {
    public var sessionId: String
    public var domain: String
    /// The link for `domain`; `.loaded(nil)` when none is registered.
    public var link: Loadable<SystemLink?> = .loading
    /// The search text being edited, with its cursor.
    public var queryLine = LineEditor(limit: 200)
    public var isEditingQuery = false
    public var offset = 0
    public var results: Loadable<[PartnerTicket]> = .loaded([])
    public var selected = 0

    public init(sessionId: String, domain: String) {
        self.sessionId = sessionId
        self.domain = domain
    }

    /// The search text.
    public var query: String { queryLine.text }

    public var selectedTicket: PartnerTicket? {
        guard let list = results.value, list.indices.contains(selected) else { return nil }
        return list[selected]
    }
}
