import Foundation
import GoToAssistAPI

/// A form in a dialog: fields, the focused one, and where it is in its write.
///
/// One type serves every write the dashboard makes (start a session, create a ticket,
/// register a link), so validation, confirmation and "keep the input after an error" behave
/// the same everywhere.
public struct FormState: Equatable, Sendable {
    /// Which write the form prepares.
    public enum Kind: Equatable, Sendable {
        case startSession
        /// A ticket for the session `sessionId`, through the partner link found for the panel.
        case createTicket(sessionId: String, link: SystemLink)
        case registerLink
        /// Not a write: the Recordings pane's filter, applied on submit.
        case recordingsFilter
    }

    public var kind: Kind
    public var title: String
    public var fields: [FormField]
    public var focus = 0
    /// The server's answer to the last attempt, shown above the fields; the input is kept.
    public var error: String?

    public init(kind: Kind, title: String, fields: [FormField]) {
        self.kind = kind
        self.title = title
        self.fields = fields
    }

    /// The value of the field `id`, trimmed; nil when empty or absent.
    public func value(_ id: String) -> String? {
        fields.first { $0.id == id }?.trimmed
    }

    /// Edits the focused field's text and clears its error.
    public mutating func edit(_ edit: LineEdit) {
        guard fields.indices.contains(focus) else { return }
        fields[focus].line.apply(edit)
        fields[focus].error = nil
    }

    public mutating func moveFocus(forward: Bool) {
        guard !fields.isEmpty else { return }
        focus = (focus + (forward ? 1 : fields.count - 1)) % fields.count
    }

    /// Validates every field; focuses the first invalid one. Returns whether all are valid.
    public mutating func validate() -> Bool {
        for index in fields.indices { fields[index].error = fields[index].validate() }
        if let first = fields.firstIndex(where: { $0.error != nil }) {
            focus = first
            return false
        }
        return true
    }
}
