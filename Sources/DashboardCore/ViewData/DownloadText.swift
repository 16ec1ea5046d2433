/// Words and numbers of the downloads for people: sizes, rates, time left, file states.
///
/// In Core rather than in the render so the status bar, the panel and a future CLI say it the
/// same way; labels use `·` and `…`, which the render makes ASCII where needed.
public enum DownloadText {
    /// `4.2 MiB/s`, or `–` before a rate is known.
    public static func rate(_ bytesPerSecond: Double?) -> String {
        guard let bytesPerSecond else { return "–" }
        return ByteText.format(Int64(bytesPerSecond.rounded())) + "/s"
    }

    /// `0:21`, `12:05`, `1:02:03`; `–` when unknown.
    public static func timeLeft(_ seconds: Double?) -> String {
        guard let seconds, seconds.isFinite, seconds >= 0 else { return "–" }
        let total = Int(seconds.rounded(.up))
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(secs))" : "\(minutes):\(two(secs))"
    }

    /// `2/5 files · 34 MiB of 120 MiB · 4.2 MiB/s · 0:21 left · 1 failed`, or what is being
    /// waited for before any file is known.
    public static func summary(_ totals: DownloadTotals) -> String {
        var parts: [String] = []
        if totals.files == 0 {
            let count = totals.fetchingLinks
            return "fetching download links for \(count) recording\(count == 1 ? "" : "s")…"
        }
        parts.append("\(totals.filesDone)/\(totals.files) files")
        parts.append(ByteText.format(totals.bytes) + " of " + ByteText.format(totals.totalBytes))
        parts.append(rate(totals.bytesPerSecond))
        if let left = totals.secondsLeft { parts.append(timeLeft(left) + " left") }
        if totals.failed > 0 { parts.append("\(totals.failed) failed") }
        if totals.fetchingLinks > 0 { parts.append("links for \(totals.fetchingLinks) more…") }
        return parts.joined(separator: " · ")
    }

    /// What a file's line says after its bar: `34 MiB/50 MiB  4.2 MiB/s  0:04`, `queued`,
    /// `done · 50 MiB`, `failed: …`.
    public static func file(_ job: FileDownloadJob) -> String {
        switch job.status {
        case .queued: return "queued"
        case .waitingForLink: return "link expired, fetching a new one…"
        case .downloading:
            let size = job.expectedSize.map { ByteText.format(job.bytes) + "/" + ByteText.format($0) }
                ?? ByteText.format(job.bytes)
            return size + "  " + rate(job.rate) + "  " + timeLeft(job.secondsLeft)
        case .done: return "done · " + ByteText.format(job.bytes)
        case .failed(let message): return "failed: " + message
        case .cancelled: return "cancelled"
        }
    }

    /// What a recording's row in the pane says about its download, if it was asked for:
    /// `45%`, `queued`, `downloaded`, `failed`; nil when cancelled or never asked for.
    public static func recordingState(_ job: RecordingDownloadJob) -> String? {
        switch job.links {
        case .fetching: return "queued"
        case .failed: return "failed"
        case .cancelled: return nil
        case .loaded: break
        }
        let files = job.files.filter { $0.status != .cancelled }
        guard !files.isEmpty else { return nil }
        if files.allSatisfy({ $0.status == .done }) { return "downloaded" }
        if job.isActive {
            if let video = files.first(where: { $0.kind == .video }), video.status == .downloading,
               let fraction = video.fraction {
                return "\(Int((fraction * 100).rounded(.down)))%"
            }
            return files.contains { $0.status == .downloading } ? "downloading" : "queued"
        }
        return "failed"
    }
}
