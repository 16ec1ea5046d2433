import DashboardCore
import Foundation
import GoToAssistAPI

/// The words of `g2a-dash archive`: its one-line progress bar, its per-recording lines and its
/// summary. Pure, so the wording is tested without a terminal.
enum ArchiveProgressLine {
    /// `[######......]  45% 1.2 GiB/2.6 GiB · 85 MiB/s · 0:10 left · 362 files · 120/300
    /// recordings`, cut to `width` columns (the bar shrinks first).
    static func bar(_ progress: ArchiveProgress, width: Int) -> String {
        let percent = Int((progress.fraction * 100).rounded(.down))
        var tail = " \(percent < 10 ? "  " : percent < 100 ? " " : "")\(percent)% "
            + ByteText.format(progress.bytesDone) + "/" + ByteText.format(progress.bytesTotal)
            + " · " + rate(progress.rate)
        if let left = progress.secondsLeft { tail += " · " + duration(left) + " left" }
        tail += " · \(progress.filesDone) files · \(progress.recordingsDone)/\(progress.recordingsTotal) recordings"
        let barWidth = min(30, width - tail.count - 2)
        guard barWidth >= 5 else { return String(tail.dropFirst().prefix(max(0, width))) }
        let filled = Int((progress.fraction * Double(barWidth)).rounded(.down))
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: barWidth - filled) + "]" + tail
    }

    /// `archived 900123 2026/11/28/900123.mp4 3.4 MiB sha256 9f86d0…`, for logs and pipes.
    static func archived(_ entry: ArchiveManifestEntry) -> String {
        let video = entry.files[ArchiveFileKind.mp4.rawValue]?.path ?? ""
        return TextSanitizer.sanitize(
            "archived \(entry.recordingId) \(video) \(ByteText.format(entry.size)) sha256 \(entry.sha256)")
    }

    /// `failed 900123: download link expired (HTTP 404): …`.
    static func failed(_ failure: ArchiveFailure) -> String {
        TextSanitizer.sanitize("failed \(failure.recordingId): \(failure.reason)")
    }

    /// `archive: 12 archived, 3 skipped, 1 failed · 45 MiB in 3.2 s (14 MiB/s) · 2 splits`; with
    /// `marked` (from `--mark-archived`), `…, 1 failed, 15 marked archived · …`.
    static func summary(_ summary: ArchiveSummary, marked: Int? = nil) -> String {
        var text = "archive: \(summary.archived) archived, \(summary.skipped) skipped, \(summary.failed.count) failed"
        if let marked { text += ", \(marked) marked archived" }
        let seconds = max(summary.elapsed, 0.001)
        text += " · " + ByteText.format(summary.bytesFetched) + " in " + String(format: "%.1f s", summary.elapsed)
            + " (" + rate(Double(summary.bytesFetched) / seconds) + ")"
        if summary.splits > 0 { text += " · listing split \(summary.splits) time\(summary.splits == 1 ? "" : "s") past the 500 cap" }
        if summary.truncatedWindows > 0 {
            text += " · \(summary.truncatedWindows) second\(summary.truncatedWindows == 1 ? "" : "s") with over 500 recordings not fully listed"
        }
        return text
    }

    /// `85 MiB/s`.
    static func rate(_ bytesPerSecond: Double) -> String {
        ByteText.format(Int64(max(0, bytesPerSecond).rounded())) + "/s"
    }

    /// `0:21`, `1:02:03`.
    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "–" }
        let total = Int(seconds.rounded(.up))
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
    }
}
