/// One API request as `GET /_sim/requests` reports it; token values are never stored.
struct RequestLogEntry: Encodable, Sendable {
    var method: String
    var path: String
    var query: String
    var status: Int
}

/// One attempted status callback as `GET /_sim/callbacks` reports it.
struct CallbackLogEntry: Encodable, Sendable {
    enum CodingKeys: String, CodingKey {
        case url, sessionId, status, delivered
    }

    /// Identifies the attempt so its delivery result lands on the right entry.
    var key: Int
    var url: String
    var sessionId: WireID?
    var status: String
    var delivered: Bool
}
