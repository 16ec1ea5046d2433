/// The GET /archive/recordings response: two id lists in start-time order.
struct WireRecordingIDs: Encodable, Sendable {
    var readyForTranscode: [WireID]
    var readyForDownload: [WireID]
}

/// One element of the GET /archive/recordings/urls array.
struct WireRecordingURL: Encodable, Sendable {
    var recordingId: WireID
    var recordingUrl: String
    var recordingStartTime: String
    var eventsUrl: String
    var thumbnailUrl: String
    /// Documented as a string (API-FACTS 4.2), whatever `stringifyIDs` says.
    var recordingSize: String
}
