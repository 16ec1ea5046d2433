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
