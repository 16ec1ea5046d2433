import Foundation

extension GoToAssistClient {
    /// The window used when a query names neither `from`/`to` nor `timePeriodDays`: the spec's
    /// own example (`timePeriod=30`, "the last 30 days") and the dashboard's default.
    public static let defaultRecordingWindowDays = 30

    /// Every recording id of a query's window, splitting the window while a list is capped.
    ///
    /// `GET /archive/recordings` returns at most 500 ids per list and says nothing about the
    /// rest, so a full list means "maybe more": the window is cut in two halves (on whole
    /// seconds, since the API's times have no fractions) and each half is listed again,
    /// recursively, until every part is under the cap. Results are merged in start-time order
    /// without duplicates. The window is always explicit (`fromTime`/`toTime`): `timePeriod`
    /// cannot be split, so `timePeriodDays` (or, without any, the last 30 days) becomes
    /// `[now − days, now]`.
    ///
    /// - Parameter now: the end of a relative window; pass the client's clock in tests.
    public func allRecordings(_ query: RecordingQuery, now: Date = Date()) async throws -> RecordingListing {
        let (from, to) = Self.recordingWindow(query, now: now)
        guard from <= to else { throw APIError.invalidRequest(message: "the recording window ends before it starts") }
        var listing = RecordingListing(from: Date(timeIntervalSince1970: TimeInterval(from)),
                                       to: Date(timeIntervalSince1970: TimeInterval(to)))
        var download = OrderedIDs()
        var transcode = OrderedIDs()
        // Depth-first, earlier half first, so ids arrive in start-time order.
        var pending: [(Int64, Int64)] = [(from, to)]
        while let (start, end) = pending.popLast() {
            var part = query
            part.timePeriodDays = nil
            part.from = Date(timeIntervalSince1970: TimeInterval(start))
            part.to = Date(timeIntervalSince1970: TimeInterval(end))
            let list = try await recordings(part)
            listing.requests += 1
            if list.isCapped {
                if end > start {
                    let mid = start + (end - start) / 2
                    listing.splits += 1
                    pending.append((mid + 1, end))
                    pending.append((start, mid))
                    continue
                }
                listing.truncatedWindows.append(Date(timeIntervalSince1970: TimeInterval(start)))
                logger.info("more than \(RecordingList.listCap) recordings start in one second; some are not listed",
                               metadata: ["at": "\(APITimestamp.format(part.from ?? Date()))"])
            }
            download.append(contentsOf: list.readyForDownload)
            transcode.append(contentsOf: list.readyForTranscode)
        }
        listing.readyForDownload = download.ids
        listing.readyForTranscode = transcode.ids
        if listing.splits > 0 {
            logger.info("recording list split to get past the cap",
                        metadata: ["splits": "\(listing.splits)", "requests": "\(listing.requests)"])
        }
        return listing
    }

    /// The explicit `[from, to]` window of a query, in whole epoch seconds.
    static func recordingWindow(_ query: RecordingQuery, now: Date) -> (Int64, Int64) {
        let nowSeconds = Int64(now.timeIntervalSince1970.rounded(.down))
        let days = Int64(query.timePeriodDays ?? Self.defaultRecordingWindowDays)
        let to = query.to.map { Int64($0.timeIntervalSince1970.rounded(.down)) } ?? nowSeconds
        let from = query.from.map { Int64($0.timeIntervalSince1970.rounded(.up)) } ?? (to - days * 86_400)
        return (from, to)
    }
}

/// Ids in first-seen order without duplicates (a recording on a split boundary is listed once).
private struct OrderedIDs {
    private(set) var ids: [String] = []
    private var seen: Set<String> = []

    mutating func append(contentsOf more: [String]) {
        for id in more where seen.insert(id).inserted { ids.append(id) }
    }
}
