import DashboardCore
import Foundation
import GoToAssistAPI

/// The dashboard's file downloads, done by the same `FileDownloader` as `g2a-dash archive`.
///
/// The reducer knows only `DownloadFailure`; this maps the engine's errors onto it (an expired
/// link, so the reducer fetches fresh links; a full disk, so it stops the queue) and prepares
/// the destination: `~` expanded, folders created. Each file is written under the folder's
/// `ArchiveLock`, as `archive` writes, so a cron run into the same folder and the dashboard
/// never rename each other's `.part`: a run waits for the file being downloaded, and a
/// download while a run works fails with a line naming the run's pid (try again later).
enum RecordingFileDownload {
    static func closure(_ downloader: FileDownloader, environment: [String: String],
                        locks: ArchiveLockPool = ArchiveLockPool()) -> DashboardEnvironment.DownloadRecordingFile {
        { url, path, expectedSize, progress in
            let target = expand(path, home: environment["HOME"] ?? NSHomeDirectory())
            do {
                try FileManager.default.createDirectory(
                    atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            } catch {
                throw DownloadFailure.failed("cannot create the folder for \(target): \(error.localizedDescription)")
            }
            do {
                _ = try await locks.withLock(folder: ArchiveLayout.root(ofFile: target)) {
                    try await downloader.download(from: url, to: target, expectedSize: expectedSize, progress: progress)
                }
            } catch let error as DownloadError {
                switch error {
                case .linkExpired(_, let status): throw DownloadFailure.linkExpired(status: status)
                case .diskFull: throw DownloadFailure.diskFull(error.description)
                case .folderBusy(_, let pid):
                    // The panel already names the folder; the cause must fit beside the file.
                    throw DownloadFailure.failed("in use by \(ArchiveLock.holder(pid)); download again when it is done")
                default: throw DownloadFailure.failed(error.description)
                }
            }
        }
    }

    /// `~/x` → `$HOME/x`; anything else unchanged.
    static func expand(_ path: String, home: String) -> String {
        if path == "~" { return home }
        if path.hasPrefix("~/") { return home + path.dropFirst(1) }
        return path
    }
}
