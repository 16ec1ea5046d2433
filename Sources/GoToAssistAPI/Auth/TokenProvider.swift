/// Supplies the access token for each request and renews it when the server refuses it.
public protocol TokenProvider: Sendable {
    /// The token to send now; refreshes ahead of expiry when it can.
    func accessToken() async throws -> String
    /// Called after the server refused `token`; returns a fresh token, or nil when none can be had.
    func tokenRejected(_ token: String) async throws -> String?
}

/// A fixed token: an access token pasted in, or one from `G2A_TOKEN`. It cannot be renewed.
public struct StaticTokenProvider: TokenProvider {
    private let token: String

    public init(token: String) { self.token = token }

    public func accessToken() async throws -> String { token }
    public func tokenRejected(_ token: String) async throws -> String? { nil }
}
