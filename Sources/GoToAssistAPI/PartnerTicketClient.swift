import Logging

/// Calls a partner helpdesk's ticket callbacks at a system link's `callbackURL`.
///
/// These are the calls GoToAssist makes on a technician's behalf (API-FACTS §6.10): search
/// (GET with the query string), create (POST) and associate (PUT), authenticated by the link's
/// `userToken`. Search and associate may be retried; create is sent once.
public struct PartnerTicketClient: Sendable {
    /// A sensible page for the search callback; the spec suggests at most 10.
    public static let pageSize = 10

    private let callbackURL: String
    private let userToken: String
    private let executor: RequestExecutor

    /// Creates a client for a link; refuses a link without callback URL or token, and a plain
    /// http callback that is not loopback (the user token is a secret).
    public init(link: SystemLink, transport: any HTTPTransport, logger: Logger,
                retry: RetryPolicy = RetryPolicy(), clock: ClientClock = .live) throws {
        guard let callback = link.callbackURL, let url = ParsedURL(callback) else {
            throw APIError.invalidRequest(message: "the link for \(link.systemDomain) has no usable callback URL")
        }
        guard let token = link.userToken, !token.isEmpty else {
            throw APIError.invalidRequest(message: "the link for \(link.systemDomain) has no user token")
        }
        try url.requireSecureForSecrets()
        callbackURL = callback.hasSuffix("/") ? callback : callback + "/"
        userToken = token
        executor = RequestExecutor(transport: transport, limiter: nil, retry: retry, clock: clock, logger: logger)
    }

    /// Searches the partner's tickets (the `searchObjects` callback).
    public func search(query: String?, limit: Int = PartnerTicketClient.pageSize, offset: Int = 0) async throws -> [PartnerTicket] {
        var items = [("userToken", userToken), ("limit", String(limit)), ("offset", String(offset))]
        if let query, !query.isEmpty { items.append(("q", query)) }
        let response = try await send("GET", url: QueryString.append(items, to: callbackURL), body: nil)
        return try APIJSON.decode(FlexibleList<PartnerTicket>.self, from: response.body).items
    }

    /// Creates a ticket for a session (the `createObject` callback). Sent exactly once.
    public func create(sessionId: String, title: String, body: String) async throws -> PartnerTicket {
        let payload = try APIJSON.encode(["sessionId": sessionId, "userToken": userToken, "title": title, "body": body])
        let response = try await send("POST", url: callbackURL, body: payload)
        return try APIJSON.decode(PartnerTicket.self, from: response.body)
    }

    /// Associates an existing ticket with a session (the `associateObject` callback).
    public func associate(sessionId: String, partnerObject: String) async throws {
        let payload = try APIJSON.encode(["sessionId": sessionId, "userToken": userToken, "partnerObject": partnerObject])
        _ = try await send("PUT", url: callbackURL, body: payload)
    }

    private func send(_ method: String, url: String, body: [UInt8]?) async throws -> HTTPResponseData {
        var headers: [(name: String, value: String)] = [("Accept", "application/json")]
        if body != nil { headers.append(("Content-Type", "application/json")) }
        let response = try await executor.perform(HTTPRequestSpec(method: method, url: url, headers: headers, body: body))
        guard (200...299).contains(response.status) else {
            // The partner's 401 is about the link's user token, not the GoToAssist login.
            if response.status == 401 || response.status == 403 {
                throw APIError.forbidden(message: "the partner system refused the link's user token (\(response.status))")
            }
            throw APIError.from(status: response.status, body: response.body, retryAfter: RequestExecutor.retryAfter(response))
        }
        return response
    }
}
