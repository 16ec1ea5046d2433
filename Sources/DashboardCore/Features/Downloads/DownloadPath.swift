import Foundation
import GoToAssistAPI

/// Where a downloaded file goes: `DIR/YYYY/MM/DD/<recordingId>.<ext>`, by start time in UTC.
///
/// The archive's own layout (`ArchiveLayout`), so the dashboard and a cron job fill one tree
/// and neither downloads twice what the other has. Recording ids come from the API, so one
/// that would escape the directory (`../x`, `a/b`) or hide itself (`.x`) is written with those
/// characters replaced. A leading `~/` in `directory` is kept: expanding it is the job of
/// whatever writes the file.
public enum DownloadPath {
    public static func path(directory: String, recordingId: String, startTime: Date?,
                            kind: DownloadFileKind) -> String {
        ArchiveLayout(root: directory).path(
            ArchiveLayout.relativePath(recordingId: recordingId, startTime: startTime, kind: kind.archiveKind))
    }

    /// The id as a file name, as the archive names it.
    public static func fileName(_ recordingId: String) -> String {
        ArchiveLayout.safeName(recordingId)
    }
}

extension DownloadFileKind {
    /// The archive's name for the same file.
    var archiveKind: ArchiveFileKind {
        switch self {
        case .video: .mp4
        case .events: .events
        case .thumbnail: .jpg
        }
    }
}
