/// A ticket as the partner helpdesk's search callback returns it.
struct WirePartnerTicket: Encodable, Sendable {
    var partnerObject: String
    var partnerObjectUrl: String
    var title: String
    var description: String?
}
