import Foundation

extension GoToAssistClient {
    /// Lists the sessions that started (or were created) in a time window: `GET /sessions`.
    public func sessions(from: Date, to: Date) async throws -> SessionList {
        let response = try await call("GET", "/sessions", query: [
            ("sessionType", "SCREEN_SHARING"),
            ("fromTime", APITimestamp.format(from)),
            ("toTime", APITimestamp.format(to)),
        ])
        return try APIJSON.decode(SessionList.self, from: response.body)
    }

    /// Starts a screen-sharing session and returns the expert's launch URL: `POST /sessions`.
    ///
    /// Sent exactly once, whatever happens: a retry could start two sessions.
    public func startSession(_ request: StartSessionRequest) async throws -> StartSessionResponse {
        let response = try await call("POST", "/sessions", body: try APIJSON.encode(request))
        return try APIJSON.decode(StartSessionResponse.self, from: response.body)
    }

    /// Returns the URL that starts an attended session in a browser: `GET /session`.
    ///
    /// The endpoint needs no token and answers with a redirect; the redirect's `Location` is the
    /// result and is not followed.
    public func browserSessionURL(_ request: BrowserSessionRequest = BrowserSessionRequest()) async throws -> String {
        var query = [("sessionType", "screen_sharing")]
        if let v = request.partnerObject, !v.isEmpty { query.append(("partnerObject", v)) }
        if let v = request.partnerObjectUrl, !v.isEmpty { query.append(("partnerObjectUrl", v)) }
        if let v = request.sessionStatusCallbackUrl, !v.isEmpty { query.append(("sessionStatusCallbackUrl", v)) }
        let url = QueryString.append(query, to: base + "/session")
        let response = try await unlimited.perform(self.request("GET", url, token: nil, body: nil))
        if (300...399).contains(response.status), let location = response.header("Location"), !location.isEmpty {
            return location
        }
        if (200...299).contains(response.status) {
            throw APIError.decoding(path: "Location", message: "expected a redirect to the launch URL, got \(response.status)")
        }
        throw APIError.from(status: response.status, body: response.body, retryAfter: RequestExecutor.retryAfter(response))
    }
}
