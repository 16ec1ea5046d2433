import Foundation

extension GoToAssistClient {
    /// Asks for recordings to be transcoded: `POST /archive/recordings/transcode/{ids}`.
    ///
    /// 500 ids a request, comma-separated in the path; answered 204 whatever their state. A
    /// POST, so never retried: the caller sees a failure and decides.
    public func transcodeRecordings(ids: [String]) async throws {
        for batch in try Self.recordingIDBatches(ids) {
            _ = try await call("POST", "/archive/recordings/transcode/" + batch.joined(separator: ","))
        }
    }

    /// Marks recordings archived: `PUT /archive/recordings/archived/{ids}`, 500 a request.
    ///
    /// Archived recordings list only with `archived=1`, so the next default query shows new
    /// ones only.
    public func markRecordingsArchived(ids: [String]) async throws {
        for batch in try Self.recordingIDBatches(ids) {
            _ = try await call("PUT", "/archive/recordings/archived/" + batch.joined(separator: ","))
        }
    }

    /// The ids in batches of at most 500; every id must be digits only, since they go into the path.
    static func recordingIDBatches(_ ids: [String]) throws -> [[String]] {
        guard !ids.isEmpty else { throw APIError.invalidRequest(message: "no recording ids") }
        for id in ids where id.isEmpty || !id.allSatisfy(\.isASCII) || !id.allSatisfy(\.isNumber) {
            throw APIError.invalidRequest(message: "recording id must be digits, got \(id)")
        }
        return stride(from: 0, to: ids.count, by: recordingURLBatch).map { Array(ids[$0..<min(ids.count, $0 + recordingURLBatch)]) }
    }
}
