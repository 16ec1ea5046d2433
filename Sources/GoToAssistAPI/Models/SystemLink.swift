/// A partner-system link: where GoToAssist (and we) reach a helpdesk's ticket callbacks.
public struct SystemLink: Sendable, Hashable, Codable {
    public var systemName: String
    public var systemDomain: String
    public var userEmail: String?
    /// The partner's credential for this user; mask it on screen.
    public var userToken: String?
    public var callbackURL: String?
    public var supportedCallbacks: SupportedCallbacks?

    public init(systemName: String, systemDomain: String, userEmail: String? = nil,
                userToken: String? = nil, callbackURL: String? = nil,
                supportedCallbacks: SupportedCallbacks? = nil) {
        self.systemName = systemName
        self.systemDomain = systemDomain
        self.userEmail = userEmail
        self.userToken = userToken
        self.callbackURL = callbackURL
        self.supportedCallbacks = supportedCallbacks
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        systemName = try c.decodeTextIfPresent(AnyKey("systemName")) ?? ""
        systemDomain = try c.decodeTextIfPresent(AnyKey("systemDomain")) ?? ""
        userEmail = try c.decodeTextIfPresent(AnyKey("userEmail"))
        userToken = try c.decodeTextIfPresent(AnyKey("userToken"))
        // "callbackURL" is the documented spelling; tolerate the camel-case variant.
        callbackURL = try c.decodeTextIfPresent(AnyKey("callbackURL")) ?? c.decodeTextIfPresent(AnyKey("callbackUrl"))
        supportedCallbacks = try c.decodeIfPresent(SupportedCallbacks.self, forKey: AnyKey("supportedCallbacks"))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(systemName, forKey: AnyKey("systemName"))
        try c.encode(systemDomain, forKey: AnyKey("systemDomain"))
        try c.encodeIfPresent(userEmail, "userEmail")
        try c.encodeIfPresent(userToken, "userToken")
        try c.encodeIfPresent(callbackURL, "callbackURL")
        try c.encodeIfPresent(supportedCallbacks, forKey: AnyKey("supportedCallbacks"))
    }
}

/// Which partner callbacks a link supports; absent means "not supported".
public struct SupportedCallbacks: Sendable, Hashable, Codable {
    public var createObject: Bool
    public var searchObjects: Bool
    public var associateObject: Bool

    public init(createObject: Bool = true, searchObjects: Bool = true, associateObject: Bool = true) {
        self.createObject = createObject
        self.searchObjects = searchObjects
        self.associateObject = associateObject
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        createObject = try c.decodeLenientBoolIfPresent(AnyKey("createObject")) ?? false
        searchObjects = try c.decodeLenientBoolIfPresent(AnyKey("searchObjects")) ?? false
        associateObject = try c.decodeLenientBoolIfPresent(AnyKey("associateObject")) ?? false
    }
}
