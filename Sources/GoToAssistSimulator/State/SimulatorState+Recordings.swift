/// Filters for GET /archive/recordings, already validated by the controller.
struct RecordingFilter: Sendable {
    var accountKey: Int?
    var userKey: String?
    var companyId: Int?
    var unattended: Bool?
    var from: Double?
    var to: Double?
    var archived: Bool
}

/// Which file of a recording a URL points at.
public enum RecordingFileKind: String, Sendable, CaseIterable {
    /// The MP4 video, exactly `recordingSize` bytes.
    case video = "mp4"
    /// The proprietary `.events` file.
    case events
    /// The JPEG thumbnail.
    case thumbnail = "jpg"
}

/// The recording archive: id listings, signed download URLs and file lookup.
extension SimulatorState {
    static let maxListedRecordings = 500
    static let urlLifetime: Int64 = 48 * 3600

    /// The two id lists, each in start-time order and capped at 500 (API-FACTS 6.6).
    ///
    /// Throws 403 when a given key does not belong to this account.
    func recordingIDs(_ filter: RecordingFilter) throws -> WireRecordingIDs {
        completeDueTranscodes()
        if let key = filter.accountKey, key != world.accountKey {
            throw SimulatorError.forbidden("Invalid accountKey")
        }
        if let key = filter.userKey, !world.experts.contains(where: { $0.userKey == key }) {
            throw SimulatorError.forbidden("Invalid userKey")
        }
        if let id = filter.companyId, !world.companies.contains(where: { $0.id == id }) {
            throw SimulatorError.forbidden("Invalid companyId")
        }
        var transcode: [WireID] = []
        var download: [WireID] = []
        for recording in world.recordings {
            if let key = filter.userKey, recording.userKey != key { continue }
            if let id = filter.companyId, recording.companyId != id { continue }
            if let unattended = filter.unattended, recording.unattended != unattended { continue }
            if let from = filter.from, Double(recording.startTime) < from { continue }
            if let to = filter.to, Double(recording.startTime) > to { continue }
            if recording.archived != filter.archived { continue }
            if recording.readyForDownload {
                if download.count < Self.maxListedRecordings { download.append(WireID(recording.id)) }
            } else if transcode.count < Self.maxListedRecordings {
                transcode.append(WireID(recording.id))
            }
        }
        return WireRecordingIDs(readyForTranscode: transcode, readyForDownload: download)
    }

    /// Download links for the ready recordings among `ids`; unknown ids throw 403.
    func recordingURLs(_ ids: [Int]) throws -> [WireRecordingURL] {
        completeDueTranscodes()
        let byID = Dictionary(world.recordings.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var found: [Recording] = []
        for id in ids {
            guard let recording = byID[id] else {
                throw SimulatorError.forbidden("Invalid recording id \(id)")
            }
            found.append(recording)
        }
        let expiry = clock.nowSeconds() + Self.urlLifetime
        return found.filter(\.readyForDownload).map { recording in
            func url(_ kind: RecordingFileKind) -> String {
                rootURL + RecordingFileToken(recordingId: recording.id, expiry: expiry, kind: kind, seed: configuration.seed)
                    .path
            }
            return WireRecordingURL(
                recordingId: WireID(recording.id), recordingUrl: url(.video),
                recordingStartTime: WireTime.format(recording.startTime), eventsUrl: url(.events),
                thumbnailUrl: url(.thumbnail), recordingSize: String(recording.size)
            )
        }
    }

    /// The size in bytes of a recording's file, if the signed token is valid and unexpired.
    func recordingFileSize(_ token: RecordingFileToken) -> Int? {
        completeDueTranscodes()
        guard token.isAuthentic(seed: configuration.seed), Int64(clock.now()) <= token.expiry,
            let recording = world.recordings.first(where: { $0.id == token.recordingId }), recording.readyForDownload
        else { return nil }
        return RecordingContent.fileSize(
            token.kind, recordingId: recording.id, recordingSize: recording.size, seed: configuration.seed
        )
    }
}
