import DashboardCore
import Foundation
import GoToAssistAPI

/// Shows an archive run: on a terminal, one progress line on stderr redrawn in place; in a
/// pipe or a cron job, one plain line per completed recording on stdout.
///
/// Failures always go to stderr as their own lines (above the bar on a terminal). Events come
/// from several download tasks at once, so output is serialized by a lock.
final class ArchiveProgressDisplay: @unchecked Sendable {  // all state behind `lock`
    private let lock = NSLock()
    private let interactive: Bool
    private let width: Int
    private var barShown = false
    private var lastBar = ""

    /// `interactive` when stderr is a terminal; `width` its columns.
    init(interactive: Bool = isatty(STDERR_FILENO) == 1, width: Int = ArchiveProgressDisplay.terminalWidth()) {
        self.interactive = interactive
        self.width = max(20, width - 1)
    }

    func handle(_ event: ArchiveEvent) {
        lock.withLock {
            switch event {
            case .waitingForLock(let holder):
                writeAboveBar("waiting: \(ArchiveLock.holder(holder)) is writing into this folder")
            case .listed(let listing, let alreadyArchived):
                let count = listing.readyForDownload.count
                var text = "\(count) recording\(count == 1 ? "" : "s") ready for download, \(alreadyArchived) already archived"
                if listing.splits > 0 { text += " (listing split \(listing.splits) times past the 500 cap)" }
                writeAboveBar(text)
            case .progress(let progress):
                guard interactive else { return }
                let bar = ArchiveProgressLine.bar(progress, width: width)
                guard bar != lastBar else { return }
                lastBar = bar
                Self.write(STDERR_FILENO, "\r\u{1B}[2K" + bar)
                barShown = true
            case .archived(let entry):
                if !interactive { Self.write(STDOUT_FILENO, ArchiveProgressLine.archived(entry) + "\n") }
            case .failed(let failure):
                writeAboveBar(ArchiveProgressLine.failed(failure))
            case .linkRenewed:
                break
            }
        }
    }

    /// Ends the bar's line so what follows starts on a fresh one.
    func finish() {
        lock.withLock {
            if barShown { Self.write(STDERR_FILENO, "\n") }
            barShown = false
        }
    }

    private func writeAboveBar(_ text: String) {
        if barShown {
            Self.write(STDERR_FILENO, "\r\u{1B}[2K" + text + "\n" + lastBar)
        } else {
            Self.write(STDERR_FILENO, text + "\n")
        }
    }

    private static func write(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Foundation.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return }
            offset += n
        }
    }

    /// Columns of the terminal on stderr, or `COLUMNS`, or 80.
    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 80
    }
}
