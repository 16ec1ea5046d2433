import Foundation
import Logging

/// Archives recordings to a folder: lists them past the 500 cap, fetches their links in
/// batches of 500, downloads MP4, events and thumbnail of each in parallel, and records every
/// completed recording in `manifest.jsonl`.
///
/// Nothing is lost and nothing is done twice: a file under its final name is complete, so a
/// rerun fetches only what is missing (resuming `.part` files); a manifest line is written
/// only once all of a recording's files are flushed, and never twice; an expired link is
/// renewed and the download retried; a full disk stops every download at once, leaving the
/// `.part` files for the next run. One run at a time writes a folder (``ArchiveLock``).
public final class RecordingArchiver: Sendable {
    /// Fetches download links for up to 500 ids (`GoToAssistClient.recordingURLs` by default).
    public typealias LinkFetcher = @Sendable ([String]) async throws -> [RecordingDownload]

    /// Ids per `GET /archive/recordings/urls` call, the API's maximum.
    public static let linkBatch = 500
    /// How often a recording's links are renewed after a 403/404 before it counts as failed.
    public static let linkRenewals = 2
    /// How often a file is resumed after a connection failure before it counts as failed.
    public static let transportRetries = 3

    private let client: GoToAssistClient
    private let downloader: FileDownloader
    private let logger: Logger
    private let clock: ClientClock
    private let fetchLinks: LinkFetcher

    /// - Parameters:
    ///   - clock: the end of relative windows, timing for rates and retry pauses.
    ///   - fetchLinks: where links come from; a seam for tests (e.g. to let links expire
    ///     between listing and download). Defaults to the client.
    public init(client: GoToAssistClient, downloader: FileDownloader, logger: Logger,
                clock: ClientClock = .live, fetchLinks: LinkFetcher? = nil) {
        self.client = client
        self.downloader = downloader
        self.logger = logger
        self.clock = clock
        self.fetchLinks = fetchLinks ?? { ids in try await client.recordingURLs(ids: ids) }
    }

    /// Lists the query's window (splitting past the cap) and archives every recording ready
    /// for download into `request.destination`.
    ///
    /// - Returns: the summary; recordings that failed are listed there with reasons.
    /// - Throws: `DownloadError.diskFull` (everything stopped, `.part` files kept),
    ///   `.folderBusy` (another process holds the folder and the request does not wait),
    ///   `.writeFailed` (the folder cannot be written: read-only, not a folder),
    ///   `CancellationError`, listing errors (`APIError`), or a failure to open the manifest.
    public func run(_ request: ArchiveRequest,
                    events: @escaping @Sendable (ArchiveEvent) -> Void = { _ in }) async throws -> ArchiveSummary {
        let started = clock.monotonic()
        // Locked before listing: a run that will not wait stops before it lists, and one that
        // waited lists what is current when its turn comes.
        let lock = try await Self.lock(request.destination, wait: request.waitForLock, events: events)
        defer { lock.release() }
        let listing = try await client.allRecordings(request.query, now: clock.now())
        var summary = try await archive(
            recordingIds: listing.readyForDownload, into: request.destination,
            parallelism: request.parallelism, events: events,
            listed: { events(.listed(listing, alreadyArchived: $0)) })
        summary.splits = listing.splits
        summary.truncatedWindows = listing.truncatedWindows.count
        summary.elapsed = clock.monotonic() - started
        return summary
    }

    /// Archives the given recordings (e.g. the rows a user picked) into `destination`,
    /// waiting for the folder's lock if another process holds it.
    public func archive(recordingIds: [String], into destination: String, parallelism: Int = 4,
                        events: @escaping @Sendable (ArchiveEvent) -> Void = { _ in }) async throws -> ArchiveSummary {
        let lock = try await Self.lock(destination, wait: true, events: events)
        defer { lock.release() }
        return try await archive(recordingIds: recordingIds, into: destination, parallelism: parallelism,
                                 events: events, listed: { _ in })
    }

    /// Creates the archive folder and takes its ``ArchiveLock``.
    private static func lock(_ destination: String, wait: Bool,
                             events: @escaping @Sendable (ArchiveEvent) -> Void) async throws -> ArchiveLock {
        let layout = ArchiveLayout(root: destination)
        try layout.ensureFolder(for: layout.manifestPath)
        return try await ArchiveLock.acquire(folder: layout.root, wait: wait) { events(.waitingForLock(holder: $0)) }
    }

    /// Archives into a folder whose lock this run holds: nobody else writes the manifest or
    /// the files meanwhile, so what the manifest says when read stays true to the end.
    private func archive(recordingIds: [String], into destination: String, parallelism: Int,
                         events: @escaping @Sendable (ArchiveEvent) -> Void,
                         listed: (Int) -> Void) async throws -> ArchiveSummary {
        let started = clock.monotonic()
        let layout = ArchiveLayout(root: destination)
        let manifest = try ArchiveManifest(path: layout.manifestPath)
        // Lines that earlier, unlocked versions wrote twice (two runs racing) go now.
        let removed = try manifest.removeDuplicateLines()
        if removed > 0 {
            logger.info("removed duplicate manifest lines", metadata: ["lines": "\(removed)", "manifest": "\(layout.manifestPath)"])
        }
        var seen: Set<String> = []
        var todo: [String] = []
        var summary = ArchiveSummary(listed: recordingIds.count)
        for id in recordingIds where seen.insert(id).inserted {
            if let entry = manifest.entry(for: id),
                entry.files.values.allSatisfy({ FileManager.default.fileExists(atPath: layout.path($0.path)) }) {
                summary.skipped += 1
                summary.completeIds.append(id)
            } else {
                todo.append(id)
            }
        }
        listed(summary.skipped)
        let tracker = ArchiveProgressTracker(recordingsTotal: todo.count, clock: clock) { events(.progress($0)) }
        let context = Context(layout: layout, manifest: manifest, tracker: tracker, events: events)
        var start = 0
        while start < todo.count {
            try Task.checkCancellation()
            let batch = Array(todo[start..<min(todo.count, start + Self.linkBatch)])
            start += batch.count
            let outcomes = try await archiveBatch(batch, parallelism: max(1, parallelism), context: context)
            for outcome in outcomes {
                switch outcome {
                case .archived(let entry):
                    summary.archived += 1
                    summary.completeIds.append(entry.recordingId)
                case .failed(let failure): summary.failed.append(failure)
                }
            }
        }
        summary.bytesFetched = tracker.snapshot().bytesFetched
        summary.elapsed = clock.monotonic() - started
        return summary
    }

    /// What the per-recording work shares.
    private struct Context: Sendable {
        var layout: ArchiveLayout
        var manifest: ArchiveManifest
        var tracker: ArchiveProgressTracker
        var events: @Sendable (ArchiveEvent) -> Void
    }

    private enum Outcome: Sendable {
        case archived(ArchiveManifestEntry)
        case failed(ArchiveFailure)
    }

    /// Fetches one batch's links and downloads its recordings, at most `parallelism` at a time.
    private func archiveBatch(_ ids: [String], parallelism: Int, context: Context) async throws -> [Outcome] {
        var outcomes: [Outcome] = []
        func fail(_ id: String, _ reason: String) {
            let failure = ArchiveFailure(recordingId: id, reason: reason)
            context.events(.failed(failure))
            context.tracker.recordingEnded()
            outcomes.append(.failed(failure))
        }
        let links: [RecordingDownload]
        do {
            links = try await fetchLinks(ids)
        } catch let error as CancellationError {
            throw error
        } catch {
            for id in ids { fail(id, "no download links: \(error)") }
            return outcomes
        }
        var byID: [String: RecordingDownload] = [:]
        for link in links where byID[link.recordingId] == nil { byID[link.recordingId] = link }
        let ready = ids.compactMap { byID[$0] }
        context.tracker.plan(ready)
        for id in ids where byID[id] == nil {
            fail(id, "no download link: the recording is no longer ready for download")
        }
        try await withThrowingTaskGroup(of: Outcome.self) { group in
            var next = ready.makeIterator()
            for _ in 0..<parallelism {
                guard let link = next.next() else { break }
                group.addTask { try await self.archiveRecording(link, context: context) }
            }
            while let outcome = try await group.next() {
                outcomes.append(outcome)
                if let link = next.next() {
                    group.addTask { try await self.archiveRecording(link, context: context) }
                }
            }
        }
        return outcomes
    }

    /// Completes every file of one recording, then writes its manifest line.
    ///
    /// Throws only what must stop the whole run (full disk, cancellation); anything else is
    /// this recording's failure.
    private func archiveRecording(_ first: RecordingDownload, context: Context) async throws -> Outcome {
        let id = first.recordingId
        var link = first
        var renewals = 0
        var files: [String: ArchiveManifestEntry.File] = [:]
        func failed(_ reason: String) -> Outcome {
            let failure = ArchiveFailure(recordingId: id, reason: reason)
            logger.info("recording not archived", metadata: ["recording": "\(id)", "reason": "\(reason)"])
            context.events(.failed(failure))
            context.tracker.recordingEnded()
            return .failed(failure)
        }
        do {
            for kind in ArchiveFileKind.allCases {
                guard link.url(for: kind) != nil else { continue }
                let relative = ArchiveLayout.relativePath(recordingId: id, startTime: link.recordingStartTime, kind: kind)
                let path = context.layout.path(relative)
                let key = ArchiveProgressTracker.Key(recordingId: id, kind: kind)
                if FileManager.default.fileExists(atPath: path) {
                    let (sha, size) = try FileHashing.sha256(ofFileAt: path)
                    context.tracker.alreadyOnDisk(key, size: size)
                    files[kind.rawValue] = .init(path: relative, size: size, sha256: sha)
                    continue
                }
                try context.layout.ensureFolder(for: path)
                var retries = 0
                while true {
                    // A renewed link may have dropped this file; then there is nothing to fetch.
                    guard let url = link.url(for: kind) else { break }
                    let expected = kind == .mp4 ? link.recordingSize : nil
                    do {
                        let file = try await downloader.download(from: url, to: path, expectedSize: expected) {
                            context.tracker.update(key, bytes: $0, total: expected)
                        }
                        context.tracker.ended(key, completed: file.size)
                        files[kind.rawValue] = .init(path: relative, size: file.size, sha256: file.sha256)
                        break
                    } catch let error as DownloadError {
                        context.tracker.ended(key, completed: nil)
                        if error.stopsEverything { throw error }
                        if case .linkExpired = error, renewals < Self.linkRenewals {
                            renewals += 1
                            logger.info("download link expired; fetching a fresh one", metadata: ["recording": "\(id)"])
                            guard let fresh = try await fetchLinks([id]).first(where: { $0.recordingId == id }) else {
                                return failed("link expired and no fresh link was given: no longer ready for download")
                            }
                            link = fresh
                            context.events(.linkRenewed(recordingId: id))
                            continue
                        }
                        if error.isRetryable, retries < Self.transportRetries {
                            retries += 1
                            try await clock.sleep(0.5 * Double(1 << (retries - 1)))
                            continue
                        }
                        throw error
                    } catch {
                        context.tracker.ended(key, completed: nil)
                        throw error
                    }
                }
            }
            guard let video = files[ArchiveFileKind.mp4.rawValue] else {
                return failed("the MP4 was not downloaded")
            }
            let entry = ArchiveManifestEntry(
                recordingId: id, startTime: link.recordingStartTime.map(APITimestamp.format),
                size: video.size, sha256: video.sha256, files: files)
            try context.manifest.append(entry)
            context.events(.archived(entry))
            context.tracker.recordingEnded()
            return .archived(entry)
        } catch let error as DownloadError where !error.stopsEverything {
            return failed(error.description)
        } catch let error as APIError {
            return failed("fresh links: \(error)")
        }
    }
}

extension RecordingDownload {
    /// The URL of one of the recording's files, if the API gave one.
    func url(for kind: ArchiveFileKind) -> String? {
        switch kind {
        case .mp4: recordingUrl
        case .events: eventsUrl
        case .jpg: thumbnailUrl
        }
    }
}
