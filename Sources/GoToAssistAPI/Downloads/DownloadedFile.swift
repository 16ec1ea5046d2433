/// A file that is complete on disk under its final name, with what was measured while writing it.
public struct DownloadedFile: Sendable, Hashable, Codable {
    /// The final path (never the `.part`).
    public var path: String
    /// Bytes on disk.
    public var size: Int64
    /// Lowercase hex SHA-256 of the whole file.
    public var sha256: String
    /// Bytes that were already in the `.part` file and not fetched again (0 for a fresh start).
    public var resumedFrom: Int64

    public init(path: String, size: Int64, sha256: String, resumedFrom: Int64 = 0) {
        self.path = path
        self.size = size
        self.sha256 = sha256
        self.resumedFrom = resumedFrom
    }
}
