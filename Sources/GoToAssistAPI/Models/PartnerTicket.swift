/// A ticket in a partner helpdesk, as its search and create callbacks return it.
public struct PartnerTicket: Sendable, Hashable, Codable {
    /// The partner's ticket id, stored on the session as `partnerObject`.
    public var partnerObject: String
    public var partnerObjectUrl: String?
    public var title: String?
    public var description: String?

    public init(partnerObject: String, partnerObjectUrl: String? = nil, title: String? = nil,
                description: String? = nil) {
        self.partnerObject = partnerObject
        self.partnerObjectUrl = partnerObjectUrl
        self.title = title
        self.description = description
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        partnerObject = try c.decodeID(AnyKey("partnerObject"))
        partnerObjectUrl = try c.decodeTextIfPresent(AnyKey("partnerObjectUrl"))
        title = try c.decodeTextIfPresent(AnyKey("title"))
        description = try c.decodeTextIfPresent(AnyKey("description"))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(partnerObject, forKey: AnyKey("partnerObject"))
        try c.encodeIfPresent(partnerObjectUrl, "partnerObjectUrl")
        try c.encodeIfPresent(title, "title")
        try c.encodeIfPresent(description, "description")
    }
}
