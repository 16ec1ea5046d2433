import Foundation

/// The `GET /archive/recordings` answer: ids by readiness, in start-time order.
public struct RecordingList: Sendable, Hashable, Codable {
    public var readyForTranscode: [String]
    public var readyForDownload: [String]

    /// Each list holds at most this many ids; a full list means more may exist (API-FACTS §6.6).
    public static let listCap = 500

    public init(readyForTranscode: [String] = [], readyForDownload: [String] = []) {
        self.readyForTranscode = readyForTranscode
        self.readyForDownload = readyForDownload
    }

    /// Whether either list hit the cap, so the time range must be split to see everything.
    public var isCapped: Bool {
        readyForTranscode.count >= Self.listCap || readyForDownload.count >= Self.listCap
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        readyForTranscode = try c.decodeIDListIfPresent(AnyKey("readyForTranscode")) ?? []
        readyForDownload = try c.decodeIDListIfPresent(AnyKey("readyForDownload")) ?? []
    }
}

/// The query of `GET /archive/recordings`; at least one of the three keys is required.
public struct RecordingQuery: Sendable, Hashable {
    public enum Owner: Sendable, Hashable {
        case accountKey(String), userKey(String), companyId(String)
    }

    public var owner: Owner
    /// nil for both, false for attended (0), true for unattended (1).
    public var unattended: Bool?
    public var from: Date?
    public var to: Date?
    /// The last N days, counted by the server.
    public var timePeriodDays: Int?
    public var archived: Bool

    public init(owner: Owner, unattended: Bool? = nil, from: Date? = nil, to: Date? = nil,
                timePeriodDays: Int? = nil, archived: Bool = false) {
        self.owner = owner
        self.unattended = unattended
        self.from = from
        self.to = to
        self.timePeriodDays = timePeriodDays
        self.archived = archived
    }
}

/// Download links of one recording from `GET /archive/recordings/urls`; valid for 48 hours.
public struct RecordingDownload: Sendable, Hashable, Codable {
    public var recordingId: String
    public var recordingUrl: String
    public var recordingStartTime: Date?
    public var eventsUrl: String?
    public var thumbnailUrl: String?
    /// Bytes of the MP4; the API sends it as a string.
    public var recordingSize: Int64?

    public init(recordingId: String, recordingUrl: String, recordingStartTime: Date? = nil,
                eventsUrl: String? = nil, thumbnailUrl: String? = nil, recordingSize: Int64? = nil) {
        self.recordingId = recordingId
        self.recordingUrl = recordingUrl
        self.recordingStartTime = recordingStartTime
        self.eventsUrl = eventsUrl
        self.thumbnailUrl = thumbnailUrl
        self.recordingSize = recordingSize
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        recordingId = try c.decodeID(AnyKey("recordingId"))
        guard let url = try c.decodeTextIfPresent(AnyKey("recordingUrl")) else {
            throw DecodingError.keyNotFound(AnyKey("recordingUrl"), .init(codingPath: c.codingPath, debugDescription: "missing"))
        }
        recordingUrl = url
        recordingStartTime = try c.decodeTimestampIfPresent(AnyKey("recordingStartTime"))
        eventsUrl = try c.decodeTextIfPresent(AnyKey("eventsUrl"))
        thumbnailUrl = try c.decodeTextIfPresent(AnyKey("thumbnailUrl"))
        if let size = try c.decodeIDIfPresent(AnyKey("recordingSize")) {
            guard let value = Int64(size), value >= 0 else {
                throw DecodingError.dataCorruptedError(
                    forKey: AnyKey("recordingSize"), in: c, debugDescription: "not a byte count")
            }
            recordingSize = value
        } else {
            recordingSize = nil
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(recordingId, forKey: AnyKey("recordingId"))
        try c.encode(recordingUrl, forKey: AnyKey("recordingUrl"))
        try c.encodeTimestamp(recordingStartTime, "recordingStartTime")
        try c.encodeIfPresent(eventsUrl, "eventsUrl")
        try c.encodeIfPresent(thumbnailUrl, "thumbnailUrl")
        try c.encodeIfPresent(recordingSize.map(String.init), "recordingSize")
    }
}
