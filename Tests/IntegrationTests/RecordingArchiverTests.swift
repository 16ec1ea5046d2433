import Foundation
import GoToAssistAPI
import GoToAssistSimulator
import Testing

/// `RecordingArchiver` end to end against the simulator: what lands on disk and in the manifest.
@Suite struct RecordingArchiverTests {
    static func archiver(_ fixture: SimulatorFixture, client: GoToAssistClient? = nil,
                         fetchLinks: RecordingArchiver.LinkFetcher? = nil) throws -> RecordingArchiver {
        let client = try client ?? fixture.client()
        return RecordingArchiver(client: client, downloader: FileDownloader(logger: fixture.logger),
                                 logger: fixture.logger, fetchLinks: fetchLinks)
    }

    /// Checks every manifest line against the files on disk and the generator's bytes.
    static func expectArchiveMatchesSource(_ folder: String, entries: [ArchiveManifestEntry]) throws {
        for entry in entries {
            #expect(entry.files.count == 3)
            for (name, file) in entry.files {
                let kind = try #require(ArchiveFileKind(rawValue: name))
                let expected = ArchiveTestSupport.expected(recordingId: entry.recordingId, recordingSize: entry.size, kind: kind)
                let onDisk = try FileHashing.sha256(ofFileAt: folder + "/" + file.path)
                #expect(onDisk.sha256 == expected.sha256, "\(file.path)")
                #expect(onDisk.size == expected.size)
                #expect(file.sha256 == expected.sha256)
                #expect(file.path.hasSuffix("/\(entry.recordingId).\(kind.rawValue)"))
                // DIR/YYYY/MM/DD/ by the UTC start time.
                let day = try #require(entry.startTime?.prefix(10)).replacingOccurrences(of: "-", with: "/")
                #expect(file.path.hasPrefix(day + "/"))
            }
            #expect(entry.sha256 == entry.files["mp4"]?.sha256)
        }
    }

    @Test func everyArchivedFileIsByteIdenticalAndARerunFetchesNothing() async throws {
        try await withSimulator({ $0.recordingCount = 40; $0.recordingSizeRange = 10_000...600_000 }) { fixture in
            let client = try fixture.client()
            let account = try await ArchiveTestSupport.account(client)
            let folder = try ArchiveTestSupport.temporaryFolder()
            defer { ArchiveTestSupport.remove(folder) }
            let request = ArchiveRequest(query: RecordingQuery(owner: .accountKey(account), timePeriodDays: 60),
                                         destination: folder, parallelism: 3)
            let archived = Collected<String>()
            let summary = try await Self.archiver(fixture).run(request) { event in
                if case .archived(let entry) = event { archived.append(entry.recordingId) }
            }
            let listed = try await client.allRecordings(request.query).readyForDownload
            #expect(summary.archived == listed.count)
            #expect(summary.failed.isEmpty)
            let entries = try ArchiveTestSupport.manifest(folder)
            #expect(Set(entries.map(\.recordingId)) == Set(listed))
            #expect(entries.count == listed.count)
            #expect(Set(archived.items) == Set(listed))
            #expect(summary.completeIds.sorted() == listed.sorted(), "every archived recording may be marked")
            try Self.expectArchiveMatchesSource(folder, entries: entries)
            #expect(ArchiveTestSupport.partFiles(folder).isEmpty)

            let again = try await Self.archiver(fixture).run(request)
            #expect(again.archived == 0)
            #expect(again.skipped == listed.count)
            #expect(again.bytesFetched == 0)
            #expect(again.completeIds.sorted() == listed.sorted(), "complete on disk counts as complete")
            #expect(try ArchiveTestSupport.manifest(folder) == entries, "no line added, none changed")
        }
    }

    @Test func aDeletedFileIsFetchedAgainWithoutASecondManifestLine() async throws {
        try await withSimulator({ $0.recordingCount = 12; $0.recordingSizeRange = 10_000...100_000 }) { fixture in
            let client = try fixture.client()
            let account = try await ArchiveTestSupport.account(client)
            let folder = try ArchiveTestSupport.temporaryFolder()
            defer { ArchiveTestSupport.remove(folder) }
            let request = ArchiveRequest(query: RecordingQuery(owner: .accountKey(account), timePeriodDays: 60),
                                         destination: folder, parallelism: 2)
            _ = try await Self.archiver(fixture).run(request)
            let entries = try ArchiveTestSupport.manifest(folder)
            let victim = try #require(entries.first?.files["jpg"]?.path)
            try FileManager.default.removeItem(atPath: folder + "/" + victim)
            let again = try await Self.archiver(fixture).run(request)
            #expect(again.archived == 1)
            #expect(try ArchiveTestSupport.manifest(folder) == entries)
            try Self.expectArchiveMatchesSource(folder, entries: entries)
        }
    }

    @Test func anAccountWithMoreThan500RecordingsIsArchivedCompletely() async throws {
        try await withSimulator({
            $0.recordingCount = 1_200; $0.recordingSizeRange = 1_000...4_000; $0.rateLimitPerSecond = 1_000
        }) { fixture in
            let client = try ArchiveTestSupport.fastClient(fixture)
            let account = try await ArchiveTestSupport.account(client)
            let folder = try ArchiveTestSupport.temporaryFolder()
            defer { ArchiveTestSupport.remove(folder) }
            let request = ArchiveRequest(query: RecordingQuery(owner: .accountKey(account), timePeriodDays: 61),
                                         destination: folder, parallelism: 4)
            let summary = try await Self.archiver(fixture, client: client).run(request)
            let entries = try ArchiveTestSupport.manifest(folder)
            #expect(summary.splits > 0)
            #expect(summary.failed.isEmpty)
            #expect(summary.archived > RecordingList.listCap)
            #expect(entries.count == summary.archived)
            #expect(Set(entries.map(\.recordingId)).count == entries.count)
            try Self.expectArchiveMatchesSource(folder, entries: entries)
        }
    }

    @Test func linksThatExpireBeforeTheDownloadAreRenewedAndEverythingArrives() async throws {
        try await withSimulator({ $0.recordingCount = 10; $0.recordingSizeRange = 10_000...100_000 }) { fixture in
            let client = try fixture.client()
            let account = try await ArchiveTestSupport.account(client)
            let folder = try ArchiveTestSupport.temporaryFolder()
            defer { ArchiveTestSupport.remove(folder) }
            let calls = Collected<Int>()
            // The first batch of links is 49 hours old by the time the downloads start.
            let fetchLinks: RecordingArchiver.LinkFetcher = { ids in
                let links = try await client.recordingURLs(ids: ids)
                if calls.append(ids.count) == 1 {
                    try await fixture.control("POST", "clock/advance", ["seconds": 49 * 3600])
                }
                return links
            }
            let renewed = Collected<String>()
            let request = ArchiveRequest(query: RecordingQuery(owner: .accountKey(account), timePeriodDays: 60),
                                         destination: folder, parallelism: 2)
            let summary = try await Self.archiver(fixture, client: client, fetchLinks: fetchLinks).run(request) { event in
                if case .linkRenewed(let id) = event { renewed.append(id) }
            }
            #expect(summary.failed.isEmpty)
            #expect(summary.archived > 0)
            #expect(Set(renewed.items).count == summary.archived, "each recording renewed its links once")
            let entries = try ArchiveTestSupport.manifest(folder)
            #expect(entries.count == summary.archived)
            try Self.expectArchiveMatchesSource(folder, entries: entries)
        }
    }
}
