import GoToAssistAPI

/// A dialog over the panes. Dialogs stack (ticket panel → new-ticket form → confirmation);
/// Esc closes the top one.
public enum Modal: Equatable, Sendable {
    case form(FormState)
    case confirm(ConfirmState)
    /// A launch URL to copy or open: a started session, or `:browser-link`.
    case launchURL(LaunchURLState)
    case tickets(TicketPanelState)
    case links(LinksPanelState)
    case machines(MachinesPanelState)
    /// The download queue: a progress bar per file and one overall.
    case downloads(DownloadsPanelState)
}

/// "Are you sure?" before a write, then "sending…" until the server answers.
public struct ConfirmState: Equatable, Sendable {
    public var write: WriteRequest
    /// The request is out: keys are ignored until the answer, so it is never sent twice.
    public var isSending = false

    public init(write: WriteRequest) { self.write = write }
}

/// A URL the technician needs elsewhere: shown in full, `y` copies it, `o` opens it.
public struct LaunchURLState: Equatable, Sendable {
    public var title: String
    /// Nil while it is being fetched.
    public var url: String?
    public var sessionToken: String?
    /// The outcome of the last `y` or `o`, shown under the URL.
    public var note: String?

    public init(title: String, url: String?, sessionToken: String? = nil) {
        self.title = title
        self.url = url
        self.sessionToken = sessionToken
    }
}

/// Something loaded for a dialog: not yet, there, or failed with a sanitized message.
public enum Loadable<Value: Equatable & Sendable>: Equatable, Sendable {
    case loading
    case loaded(Value)
    case failed(String)

    public var value: Value? {
        if case .loaded(let value) = self { return value }
        return nil
    }
}

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

/// `:links`: the partner-system links registered for the configured domain.
public struct LinksPanelState: Equatable, Sendable {
    public var domain: String
    public var links: Loadable<[SystemLink]> = .loading
    public var selected = 0

    public init(domain: String) { self.domain = domain }
}

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
