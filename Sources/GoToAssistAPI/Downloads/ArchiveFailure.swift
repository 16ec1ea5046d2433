/// A recording that could not be archived this run, and why; its `.part` files are kept.
public struct ArchiveFailure: Sendable, Hashable, Error, CustomStringConvertible {
    public var recordingId: String
    /// One line, e.g. `download link expired (HTTP 404): https://host/…/****.mp4`.
    public var reason: String

    public init(recordingId: String, reason: String) {
        self.recordingId = recordingId
        self.reason = reason
    }

    public var description: String { "recording \(recordingId): \(reason)" }
}
