/// A ticket in the mock partner helpdesk.
struct PartnerTicket: Sendable {
    var id: Int
    var title: String
    var body: String
    var requester: String
    var status: String

    /// Case-insensitive "contains" over title, body, requester and id, as the spec suggests.
    func matches(_ query: String) -> Bool {
        if query.isEmpty { return true }
        return title.localizedCaseInsensitiveContains(query) || body.localizedCaseInsensitiveContains(query)
            || requester.localizedCaseInsensitiveContains(query) || String(id).contains(query)
    }
}
