/// One line of a session's chat transcript: `GET /sessions/{id}/events` (API-FACTS 8b).
///
/// The record gives no shape, so this is ours: `time` (ISO 8601), `from` (`expert`,
/// `customer` or `system`), `fromName` (absent for system lines) and `text`.
struct WireSessionEvent: Encodable, Sendable, Equatable {
    var time: String
    var from: String
    var fromName: String?
    var text: String
}
