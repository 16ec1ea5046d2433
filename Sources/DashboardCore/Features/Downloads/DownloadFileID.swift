/// Names one file of one recording in the download queue, its effect and its actions.
public struct DownloadFileID: Hashable, Sendable, CustomStringConvertible {
    public var recordingId: String
    public var kind: DownloadFileKind

    public init(recordingId: String, kind: DownloadFileKind) {
        self.recordingId = recordingId
        self.kind = kind
    }

    public var description: String { "\(recordingId).\(kind.fileExtension)" }
}
