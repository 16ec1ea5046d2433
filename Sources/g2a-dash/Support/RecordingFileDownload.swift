import DashboardCore
import Foundation
import GoToAssistAPI

/// The dashboard's file downloads, done by the same `FileDownloader` as `g2a-dash archive`.
///
/// The reducer knows only `DownloadFailure`; this maps the engine's errors onto it (an expired
/// link, so the reducer fetches fresh links; a full disk, so it stops the queue) and prepares
/// the destination: `~` expanded, folders created.
enum RecordingFileDownload {
    static func closure(_ downloader: FileDownloader, environment: [String: String]) -> DashboardEnvironment.DownloadRecordingFile {
        { url, path, expectedSize, progress in
            let target = expand(path, home: environment["HOME"] ?? NSHomeDirectory())
            do {
                try FileManager.default.createDirectory(
                    atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            } catch {
                throw DownloadFailure.failed("cannot create the folder for \(target): \(error.localizedDescription)")
            }
            do {
                _ = try await downloader.download(from: url, to: target, expectedSize: expectedSize, progress: progress)
            } catch let error as DownloadError {
                switch error {
                case .linkExpired(_, let status): throw DownloadFailure.linkExpired(status: status)
                case .diskFull: throw DownloadFailure.diskFull(error.description)
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
