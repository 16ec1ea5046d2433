/// The body of `POST /sessions`: an attended session, or unattended when `machineUuid` is set.
public struct StartSessionRequest: Sendable, Hashable, Codable {
    public var sessionType: String
    public var customerName: String?
    public var customerEmail: String?
    public var partnerObject: String?
    public var partnerObjectUrl: String?
    public var machineUuid: String?
    public var sessionStatusCallbackUrl: String?

    public init(customerName: String? = nil, customerEmail: String? = nil,
                partnerObject: String? = nil, partnerObjectUrl: String? = nil,
                machineUuid: String? = nil, sessionStatusCallbackUrl: String? = nil,
                sessionType: String = "screen_sharing") {
        self.sessionType = sessionType
        self.customerName = customerName
        self.customerEmail = customerEmail
        self.partnerObject = partnerObject
        self.partnerObjectUrl = partnerObjectUrl
        self.machineUuid = machineUuid
        self.sessionStatusCallbackUrl = sessionStatusCallbackUrl
    }

    public func encode(to encoder: any Encoder) throws {
        // Absent fields are left out rather than sent as "" (an empty machineUuid means attended
        // to the real service, but leaving it out says the same thing without relying on that).
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(sessionType, forKey: AnyKey("sessionType"))
        for (key, value) in [
            ("customerName", customerName), ("customerEmail", customerEmail),
            ("partnerObject", partnerObject), ("partnerObjectUrl", partnerObjectUrl),
            ("machineUuid", machineUuid), ("sessionStatusCallbackUrl", sessionStatusCallbackUrl),
        ] {
            if let value, !value.isEmpty { try c.encode(value, forKey: AnyKey(key)) }
        }
    }
}

/// The answer to `POST /sessions`: the URL that launches the expert into the new session.
///
/// There is no session id yet: the id exists only once the expert starts the session.
public struct StartSessionResponse: Sendable, Hashable, Codable {
    public var launchUrl: String
    /// An opaque token that may identify the new session; optional (API-FACTS §6.2).
    public var sessionToken: String?

    public init(launchUrl: String, sessionToken: String? = nil) {
        self.launchUrl = launchUrl
        self.sessionToken = sessionToken
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        let inner = try c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("startScreenSharing"))
        guard let url = try inner.decodeTextIfPresent(AnyKey("launchUrl")) else {
            throw DecodingError.keyNotFound(
                AnyKey("launchUrl"), .init(codingPath: inner.codingPath, debugDescription: "missing launchUrl"))
        }
        launchUrl = url
        sessionToken = try inner.decodeTextIfPresent(AnyKey("sessionToken"))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        var inner = c.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("startScreenSharing"))
        try inner.encode(launchUrl, forKey: AnyKey("launchUrl"))
        try inner.encodeIfPresent(sessionToken, "sessionToken")
    }
}

/// The query of `GET /session`, which starts an attended session in a browser without auth.
public struct BrowserSessionRequest: Sendable, Hashable {
    public var partnerObject: String?
    public var partnerObjectUrl: String?
    public var sessionStatusCallbackUrl: String?

    public init(partnerObject: String? = nil, partnerObjectUrl: String? = nil,
                sessionStatusCallbackUrl: String? = nil) {
        self.partnerObject = partnerObject
        self.partnerObjectUrl = partnerObjectUrl
        self.sessionStatusCallbackUrl = sessionStatusCallbackUrl
    }
}
