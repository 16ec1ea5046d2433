/// The three files of an archived recording, named by the extension they get on disk.
public enum ArchiveFileKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// The MP4 video, exactly `recordingSize` bytes.
    case mp4
    /// The proprietary `.events` file.
    case events
    /// The JPEG thumbnail.
    case jpg

    public static func < (a: ArchiveFileKind, b: ArchiveFileKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
