/// Why a file download failed, as the `downloadRecordingFile` closure reports it.
///
/// The contract the live closure keeps: throw `linkExpired` when the file URL answers 403 or
/// 404 (links live 48 hours, so the reducer fetches fresh ones once), `diskFull` when no more
/// can be written (every queued file would fail the same way, so the queue stops), and
/// anything else for the rest. Errors of other types are mapped by ``classify(_:)``.
public enum DownloadFailure: Error, Equatable, Sendable, CustomStringConvertible {
    case linkExpired(status: Int)
    case diskFull(String)
    case failed(String)
    case cancelled

    public var description: String {
        switch self {
        case .linkExpired(let status): "download link expired (HTTP \(status))"
        case .diskFull(let message): message
        case .failed(let message): message
        case .cancelled: "cancelled"
        }
    }

    /// Maps any error a download throws to a failure.
    ///
    /// Until the live closure throws `DownloadFailure` itself, an error whose description
    /// mentions HTTP 403 or 404 counts as an expired link: that is what an expired signed URL
    /// answers, and a refetch is the only thing that helps.
    public static func classify(_ error: any Error) -> DownloadFailure {
        if let failure = error as? DownloadFailure { return failure }
        if error is CancellationError { return .cancelled }
        let text = String(describing: error)
        for status in [403, 404] where text.contains(String(status)) {
            return .linkExpired(status: status)
        }
        return .failed(text)
    }
}
