import ArgumentParser
import DashboardCore
import Foundation
import GoToAssistAPI

/// `g2a-dash archive`: downloads every recording of a window into a dated folder tree, with a
/// manifest, resumably; safe to rerun from cron.
struct ArchiveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Download recordings (MP4, events, thumbnail) into DIR/YYYY/MM/DD/, with a manifest.",
        discussion: """
            Files are written as .part and renamed when complete and verified, so a file under \
            its final name is always whole; rerunning fetches only what is missing and resumes \
            .part files. DIR/manifest.jsonl gets one line (sizes, SHA-256) per archived recording. \
            One run at a time writes a folder (DIR/.g2a-dash.lock, also taken by the dashboard's \
            downloads): a second run waits, or with --no-wait exits 1 naming the holder's pid. \
            --mark-archived then marks every recording whose files are all on disk archived on the \
            server (500 a request), so the next run lists only new ones; a failed or partial \
            download is never marked, and read-only mode refuses the flag. \
            Without --from/--to/--days the last 30 days are archived; without --account-key, \
            --user-key or --company-id, the account of the most recent session. \
            Exit codes: 0 everything archived, 1 something failed (run again to resume), 2 usage, \
            130 interrupted (SIGINT), 143 terminated (SIGTERM); .part files stay for the next run.
            """)

    @OptionGroup var connection: ConnectionOptions

    @Option(help: ArgumentHelp("The archive folder (created if missing).", valueName: "dir"))
    var dest: String

    @OptionGroup var recordings: RecordingQueryOptions

    @Option(parsing: .unconditional, help: ArgumentHelp("Recordings downloaded at the same time (1–16).", valueName: "n"))
    var parallel = 4

    @Flag(name: .customLong("mark-archived"),
          help: "Mark recordings archived on the server once all their files are on disk (not with --archived or --readonly).")
    var markArchived = false

    @Flag(name: .customLong("no-wait"),
          help: "If another run is writing into --dest, exit 1 at once (naming its pid) instead of waiting.")
    var noWait = false

    /// Ids per `PUT /archive/recordings/archived`, the API's maximum.
    static let markBatch = 500

    func validate() throws {
        if recordings.days != nil, recordings.from != nil { throw ValidationError("give --days or --from, not both") }
        try OptionRange.check(parallel, "--parallel", 1...16)
        if dest.isEmpty { throw ValidationError("--dest must name a folder") }
        if markArchived && recordings.archived {
            throw ValidationError("--mark-archived marks new recordings; --archived lists those already marked")
        }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        // Checked first: a refused run must send nothing at all, not even the listing.
        if markArchived, connection.isReadOnly(config: try connection.loadConfig(environment: environment)) {
            throw CLIError.usage("read-only mode: archive --mark-archived would mark recordings archived; "
                + "remove --readonly / read_only from the profile, or drop --mark-archived")
        }
        let proxy = try Self.downloadProxy(connection, environment: environment)
        let logger = connection.makeLogger(label: "g2a-dash.archive", environment: environment)
        let display = ArchiveProgressDisplay()
        let summary: ArchiveSummary
        let marking: ArchiveMarking?
        do {
            (summary, marking) = try await connection.withClient { client in
                let query = try await recordings.query(client)
                let downloader = FileDownloader(proxy: proxy, logger: logger)
                let archiver = RecordingArchiver(client: client, downloader: downloader, logger: logger)
                let request = ArchiveRequest(query: query, destination: dest, parallelism: parallel, waitForLock: !noWait)
                // Ctrl-C or SIGTERM cancels the run: downloads stop, .part files stay for a resume.
                let task = Task { try await archiver.run(request) { display.handle($0) } }
                let signals = SignalWatcher(signals: [SIGINT, SIGTERM]) { _ in task.cancel() }
                defer { signals.cancel() }
                let result = await task.result
                display.finish()
                await downloader.shutdown()
                if let signal = signals.received { throw SignalExit(signal: signal) }
                // Only a run that ended marks: after a full disk or Ctrl-C, what is complete on disk
                // is skipped and marked by the next run, so nothing is lost by waiting.
                let summary = try result.get()
                guard markArchived else { return (summary, nil) }
                let marking = await ArchiveMarking.mark(summary.completeIds, batch: Self.markBatch) {
                    try await client.markRecordingsArchived(ids: $0)
                }
                return (summary, marking)
            }
        } catch let error as DownloadError {
            display.finish()
            throw CLIError.failure(error.description + (markArchived ? "; nothing was marked archived" : ""))
        }
        print(ArchiveProgressLine.summary(summary, marked: marking?.marked))
        for failure in summary.failed {
            FileHandle.standardError.write(Data((ArchiveProgressLine.failed(failure) + "\n").utf8))
        }
        if let marking, let error = marking.error {
            // The files stay on disk; the next run skips them and marks them again.
            throw CLIError.failure("could not mark recordings archived (\(marking.marked) of "
                + "\(summary.completeIds.count) marked; run the same command again to mark the rest): \(error)")
        }
        if !summary.failed.isEmpty {
            let count = summary.failed.count
            throw CLIError.failure("\(count) recording\(count == 1 ? "" : "s") not archived; run the same command again to retry")
        }
        if summary.truncatedWindows > 0 {
            throw CLIError.failure("some recordings could not be listed (over 500 start in the same second)")
        }
    }

    /// The proxy for recording files: the one the API host goes through, since the links'
    /// hosts are not known before listing (loopback and NO_PROXY hosts are direct).
    static func downloadProxy(_ connection: ConnectionOptions, environment: [String: String]) throws -> ProxySettings.Server? {
        let config = try connection.loadConfig(environment: environment)
        let base = try connection.resolvedBaseURL(environment: environment, config: config)
        guard let url = ParsedURL(base) else { return nil }
        return try ProxySettings.from(environment: environment).server(for: url)
    }
}
