import Foundation

/// Why one file could not be downloaded, in words a user can act on.
///
/// Typed so that callers can tell a link to renew (`linkExpired`) from a disk to free
/// (`diskFull`, which must stop every other download too) from a failure worth retrying
/// (`transport`, `incomplete`). Descriptions never contain a URL's query or signature.
public enum DownloadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file URL answered 403 or 404: links expire after 48 hours; fetch fresh ones.
    case linkExpired(url: String, status: Int)
    /// The complete file does not have the size the API announced; the partial file is removed.
    case sizeMismatch(path: String, expected: Int64, actual: Int64)
    /// The disk (or quota, or file size limit) is full; the `.part` file is kept for a resume.
    case diskFull(path: String, reason: String)
    /// Any other failure to write, flush or rename; the `.part` file is kept.
    case writeFailed(path: String, reason: String)
    /// The file URL answered an unexpected status.
    case httpStatus(url: String, status: Int)
    /// The connection failed or closed before the whole file arrived; resumable.
    case transport(url: String, message: String)
    /// Another process holds the folder's ``ArchiveLock`` (its pid, once it has written it).
    case folderBusy(folder: String, pid: Int32?)

    public var description: String {
        switch self {
        case .linkExpired(let url, let status):
            "download link expired (HTTP \(status)): \(url)"
        case .sizeMismatch(let path, let expected, let actual):
            "\(path): expected \(expected) bytes, got \(actual)"
        case .diskFull(let path, let reason):
            "cannot write \(path): \(reason) — free some space and run again to resume"
        case .writeFailed(let path, let reason):
            "cannot write \(path): \(reason)"
        case .httpStatus(let url, let status):
            "HTTP \(status) from \(url)"
        case .transport(let url, let message):
            "\(message): \(url)"
        case .folderBusy(let folder, let pid):
            "\(folder) is in use by \(ArchiveLock.holder(pid))"
        }
    }

    /// Whether every other download should stop too: more writes would fail the same way.
    public var stopsEverything: Bool {
        if case .diskFull = self { return true }
        return false
    }

    /// Whether trying again (resuming the `.part`) may succeed without anything else changing.
    public var isRetryable: Bool {
        switch self {
        case .transport: true
        case .httpStatus(_, let status): status >= 500 || status == 429
        default: false
        }
    }

    /// Maps a failed read of a file already on disk to `writeFailed`.
    static func reading(_ path: String, errno code: Int32) -> DownloadError {
        .writeFailed(path: path, reason: "cannot read it back: " + String(cString: strerror(code)))
    }

    /// Maps a failed write, flush or rename (`errno`) to `diskFull` or `writeFailed`.
    static func writing(_ path: String, errno code: Int32) -> DownloadError {
        let reason = String(cString: strerror(code))
        switch code {
        case ENOSPC, EDQUOT, EFBIG: return .diskFull(path: path, reason: reason)
        default: return .writeFailed(path: path, reason: reason)
        }
    }
}
