import Foundation

extension GoToAssistClient {
    /// One session by its id or by the session token of `POST /sessions`: `GET /sessions/{key}`.
    ///
    /// The answer is the session object itself, not wrapped (API-FACTS 6.1 "related"); an
    /// unknown key is `APIError.notFound`.
    public func session(_ key: String) async throws -> Session {
        let response = try await call("GET", "/sessions/" + (try Self.pathSegment(key, what: "session id or token")))
        return try APIJSON.decode(Session.self, from: response.body)
    }

    /// The chat transcript of a session, oldest first: `GET /sessions/{sessionId}/events`.
    public func sessionEvents(_ sessionId: String) async throws -> [SessionEvent] {
        let path = "/sessions/" + (try Self.pathSegment(sessionId, what: "session id")) + "/events"
        let response = try await call("GET", path)
        return try APIJSON.decode(FlexibleList<SessionEvent>.self, from: response.body).items
    }

    /// A value that goes into a URL path as one segment: non-empty, percent-encoded, and
    /// never `.` or `..`, so an id from the API or the user cannot change which endpoint is called.
    static func pathSegment(_ value: String, what: String) throws -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-_~")
        guard !value.isEmpty, let encoded = value.addingPercentEncoding(withAllowedCharacters: allowed) else {
            throw APIError.invalidRequest(message: "empty \(what)")
        }
        return encoded
    }
}
