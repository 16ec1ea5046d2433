import Foundation
import GoToAssistAPI

/// The Recordings filter form (`f`, `:recordings-filter`): owner, kind of session, period,
/// archived. Not a write: submitting applies it and refetches, with no confirmation.
extension FormState {
    static let ownerKinds = ["account", "user", "company"]
    static let yesNo = ["no", "yes"]
    /// The longest "last N days" the form takes: ten years.
    static let maxDays = 3650

    /// The form filled in with the filter in force and the owner on screen.
    public static func recordingsFilter(_ filter: RecordingsFilter, owner: RecordingQuery.Owner?) -> FormState {
        let (kind, value): (String, String) = switch filter.owner ?? owner {
        case .accountKey(let key): ("account", key)
        case .userKey(let key): ("user", key)
        case .companyId(let id): ("company", id)
        case nil: ("account", "")
        }
        var days = "", from = "", to = ""
        switch filter.period {
        case .lastDays(let count): days = String(count)
        case .range(let start, let end):
            from = FormField.dateText(start)
            to = end.map(FormField.dateText) ?? ""
        }
        return FormState(kind: .recordingsFilter, title: "Recordings filter", fields: [
            FormField(id: "ownerKind", label: "Owner", value: kind, rule: .oneOf(allowed: ownerKinds)),
            FormField(id: "ownerValue", label: "Key or id", value: value, rule: .text(required: false, maxLength: 64)),
            FormField(id: "attendance", label: "Sessions", value: filter.attendance.rawValue,
                      rule: .oneOf(allowed: RecordingsFilter.Attendance.allCases.map(\.rawValue))),
            FormField(id: "days", label: "Last N days", value: days, rule: .number(range: 1...maxDays)),
            FormField(id: "from", label: "From (UTC)", value: from, rule: .date),
            FormField(id: "to", label: "To (UTC)", value: to, rule: .date),
            FormField(id: "archived", label: "Archived", value: filter.archived ? "yes" : "no", rule: .oneOf(allowed: yesNo)),
        ])
    }

    /// Validates the filter form, field by field and then across fields; returns the filter,
    /// or nil with the errors set and the first invalid field focused.
    ///
    /// An empty account key means "the account of the sessions", so the filter can go back to
    /// following the sessions; a user key or company id must be given.
    public mutating func validatedRecordingsFilter() -> RecordingsFilter? {
        guard validate() else { return nil }
        let kind = field("ownerKind")?.choice ?? "account"
        let value = self.value("ownerValue")
        let days = self.value("days").flatMap { Int($0) }
        let from = self.value("from").flatMap(FormField.date)
        let to = self.value("to").flatMap(FormField.date)
        if value == nil, kind != "account" { setError("ownerValue", "required for a \(kind == "user" ? "user key" : "company id")") }
        if days != nil, from != nil || to != nil {
            setError("days", "leave empty to use From/To")
        } else if days == nil, from == nil, to == nil {
            setError("days", "set Last N days, or a From date")
        }
        if to != nil, from == nil { setError("from", "required with To") }
        if let from, let to, from > to { setError("to", "before From") }
        if let first = fields.firstIndex(where: { $0.error != nil }) {
            focus = first
            return nil
        }
        var filter = RecordingsFilter()
        switch (kind, value) {
        case ("user", let key?): filter.owner = .userKey(key)
        case ("company", let id?): filter.owner = .companyId(id)
        case (_, let key?): filter.owner = .accountKey(key)
        default: filter.owner = nil
        }
        filter.attendance = field("attendance")?.choice.flatMap(RecordingsFilter.Attendance.init) ?? .both
        if let from {
            // `To` is a whole day: up to the last second of it.
            filter.period = .range(from: from, to: to.map { $0.addingTimeInterval(86_399) })
        } else {
            filter.period = .lastDays(days ?? 30)
        }
        filter.archived = field("archived")?.choice == "yes"
        return filter
    }

    private func field(_ id: String) -> FormField? { fields.first { $0.id == id } }

    private mutating func setError(_ id: String, _ message: String) {
        guard let index = fields.firstIndex(where: { $0.id == id }), fields[index].error == nil else { return }
        fields[index].error = message
    }
}
