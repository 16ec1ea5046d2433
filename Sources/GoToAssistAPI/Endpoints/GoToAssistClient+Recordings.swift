extension GoToAssistClient {
    /// The largest number of ids `GET /archive/recordings/urls` takes in one call.
    public static let recordingURLBatch = 500

    /// Recording ids ready for transcoding or download: `GET /archive/recordings`.
    ///
    /// Each list is capped at 500 by the server; `RecordingList.isCapped` says when to narrow the
    /// time range to see the rest.
    public func recordings(_ query: RecordingQuery) async throws -> RecordingList {
        var items: [(String, String)] = []
        switch query.owner {
        case .accountKey(let key): items.append(("accountKey", key))
        case .userKey(let key): items.append(("userKey", key))
        case .companyId(let id): items.append(("companyId", id))
        }
        if let unattended = query.unattended { items.append(("sessionType", unattended ? "1" : "0")) }
        if let from = query.from { items.append(("fromTime", APITimestamp.format(from))) }
        if let to = query.to { items.append(("toTime", APITimestamp.format(to))) }
        if let days = query.timePeriodDays { items.append(("timePeriod", String(days))) }
        if query.archived { items.append(("archived", "1")) }
        let response = try await call("GET", "/archive/recordings", query: items)
        return try APIJSON.decode(RecordingList.self, from: response.body)
    }

    /// Download links for recordings: `GET /archive/recordings/urls`, 500 ids a call.
    ///
    /// Ids that are not ready for download are left out by the server, so the result may be
    /// shorter than the input.
    public func recordingURLs(ids: [String]) async throws -> [RecordingDownload] {
        var result: [RecordingDownload] = []
        var start = 0
        while start < ids.count {
            let batch = ids[start..<min(ids.count, start + Self.recordingURLBatch)]
            let response = try await call("GET", "/archive/recordings/urls",
                                          query: batch.map { ("recordingIds", $0) })
            result += try APIJSON.decode(FlexibleList<RecordingDownload>.self, from: response.body).items
            start += batch.count
        }
        return result
    }
}
