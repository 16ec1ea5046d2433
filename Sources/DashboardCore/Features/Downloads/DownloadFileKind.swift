import GoToAssistAPI

/// The three files a recording is downloaded as: the MP4, its events file and its thumbnail.
public enum DownloadFileKind: String, Sendable, Hashable, CaseIterable {
    case video, events, thumbnail

    /// The file name extension on disk, as the archive lays files out (`<id>.mp4`).
    public var fileExtension: String {
        switch self {
        case .video: "mp4"
        case .events: "events"
        case .thumbnail: "jpg"
        }
    }

    /// The link of this file in a recording's download links, if the API gave one.
    public func url(in links: RecordingDownload) -> String? {
        switch self {
        case .video: links.recordingUrl
        case .events: links.eventsUrl
        case .thumbnail: links.thumbnailUrl
        }
    }
}
