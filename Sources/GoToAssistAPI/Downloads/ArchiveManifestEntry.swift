import Foundation

/// One line of `manifest.jsonl`: a recording whose files are all complete on disk.
///
/// Written only after every file of the recording is renamed to its final name and flushed,
/// so a line is a promise that the files exist with these sizes and hashes.
public struct ArchiveManifestEntry: Sendable, Hashable, Codable {
    /// One archived file: its path relative to the archive root, size and SHA-256.
    public struct File: Sendable, Hashable, Codable {
        public var path: String
        public var size: Int64
        public var sha256: String

        public init(path: String, size: Int64, sha256: String) {
            self.path = path
            self.size = size
            self.sha256 = sha256
        }
    }

    public var recordingId: String
    /// ISO 8601 UTC, as the API gave it; nil when it did not.
    public var startTime: String?
    /// Bytes of the MP4.
    public var size: Int64
    /// SHA-256 of the MP4.
    public var sha256: String
    /// Every file of the recording, by kind (`mp4`, `events`, `jpg`).
    public var files: [String: File]

    public init(recordingId: String, startTime: String?, size: Int64, sha256: String, files: [String: File]) {
        self.recordingId = recordingId
        self.startTime = startTime
        self.size = size
        self.sha256 = sha256
        self.files = files
    }
}
