import Foundation
import GoToAssistAPI
import GoToAssistSimulator
import Testing

/// `FileDownloader` against the simulator's recording files over loopback.
@Suite struct FileDownloaderTests {
    /// The links of the first few recordings ready for download.
    static func links(_ fixture: SimulatorFixture, count: Int = 3) async throws -> [RecordingDownload] {
        let client = try fixture.client()
        let account = try await ArchiveTestSupport.account(client)
        let list = try await client.recordings(RecordingQuery(owner: .accountKey(account), timePeriodDays: 60))
        return try await client.recordingURLs(ids: Array(list.readyForDownload.prefix(count)))
    }

    @Test func downloadedFileIsByteIdenticalAndNoPartRemains() async throws {
        try await withSimulator({ $0.recordingCount = 10 }) { fixture in
            let link = try #require(try await Self.links(fixture).first)
            let folder = try ArchiveTestSupport.temporaryFolder()
            defer { ArchiveTestSupport.remove(folder) }
            let downloader = FileDownloader(logger: fixture.logger)
            let path = folder + "/video.mp4"
            let seen = LastProgress()
            let file = try await downloader.download(from: link.recordingUrl, to: path, expectedSize: link.recordingSize) {
                seen.set($0)
            }
            let expected = ArchiveTestSupport.expected(recordingId: link.recordingId, recordingSize: link.recordingSize ?? 0, kind: .mp4)
            #expect(file.sha256 == expected.sha256)
            #expect(file.size == expected.size)
            #expect(try FileHashing.sha256(ofFileAt: path).sha256 == expected.sha256)
            #expect(seen.value == expected.size, "the last progress report is the whole file")
            #expect(!FileManager.default.fileExists(atPath: FileDownloader.partPath(for: path)))
        }
    }

    @Test func aPartFileIsResumedNotFetchedAgain() async throws {
        try await withSimulator({ $0.recordingCount = 10 }) { fixture in
            let link = try #require(try await Self.links(fixture).first)
            let size = Int(link.recordingSize ?? 0)
            let folder = try ArchiveTestSupport.temporaryFolder()
            defer { ArchiveTestSupport.remove(folder) }
            let path = folder + "/video.mp4"
            let head = RecordingContent.bytes(recordingId: Int(link.recordingId)!, size: size, seed: 1, range: 0..<(size / 3))
            FileManager.default.createFile(atPath: FileDownloader.partPath(for: path), contents: Data(head))
            let file = try await FileDownloader(logger: fixture.logger)
                .download(from: link.recordingUrl, to: path, expectedSize: link.recordingSize)
            #expect(file.resumedFrom == Int64(size / 3))
            #expect(file.sha256 == ArchiveTestSupport.expected(recordingId: link.recordingId, recordingSize: Int64(size), kind: .mp4).sha256)
        }
    }

    @Test func aPartLongerThanTheFileStartsOver() async throws {
        try await withSimulator({ $0.recordingCount = 10 }) { fixture in
            let link = try #require(try await Self.links(fixture).first)
            let folder = try ArchiveTestSupport.temporaryFolder()
            defer { ArchiveTestSupport.remove(folder) }
            let path = folder + "/video.mp4"
            let junk = Data(repeating: 7, count: Int(link.recordingSize ?? 0) + 10)
            FileManager.default.createFile(atPath: FileDownloader.partPath(for: path), contents: junk)
            let file = try await FileDownloader(logger: fixture.logger)
                .download(from: link.recordingUrl, to: path, expectedSize: link.recordingSize)
            #expect(file.sha256 == ArchiveTestSupport.expected(recordingId: link.recordingId, recordingSize: link.recordingSize ?? 0, kind: .mp4).sha256)
        }
    }

    @Test func eventsAndThumbnailSizesComeFromTheServer() async throws {
        try await withSimulator({ $0.recordingCount = 10 }) { fixture in
            let link = try #require(try await Self.links(fixture).first)
            let folder = try ArchiveTestSupport.temporaryFolder()
            defer { ArchiveTestSupport.remove(folder) }
            let downloader = FileDownloader(logger: fixture.logger)
            for (kind, url) in [(ArchiveFileKind.events, link.eventsUrl), (.jpg, link.thumbnailUrl)] {
                let file = try await downloader.download(from: try #require(url), to: folder + "/f." + kind.rawValue)
                let expected = ArchiveTestSupport.expected(recordingId: link.recordingId, recordingSize: link.recordingSize ?? 0, kind: kind)
                #expect(file.size == expected.size)
                #expect(file.sha256 == expected.sha256)
            }
        }
    }

    @Test func anExpiredLinkIsReportedAsSuchAndNothingIsWritten() async throws {
        try await withSimulator({ $0.recordingCount = 10 }) { fixture in
            let link = try #require(try await Self.links(fixture).first)
            try await fixture.control("POST", "clock/advance", ["seconds": 49 * 3600])
            let folder = try ArchiveTestSupport.temporaryFolder()
            defer { ArchiveTestSupport.remove(folder) }
            let path = folder + "/video.mp4"
            await #expect {
                try await FileDownloader(logger: fixture.logger).download(from: link.recordingUrl, to: path)
            } throws: { error in
                guard case .linkExpired(let url, let status)? = error as? DownloadError else { return false }
                return status == 404 && !url.contains(String(link.recordingUrl.split(separator: "/").last ?? "-"))
            }
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }

    @Test func aWrongAnnouncedSizeIsRefusedAndNoFileAppears() async throws {
        try await withSimulator({ $0.recordingCount = 10 }) { fixture in
            let link = try #require(try await Self.links(fixture).first)
            let folder = try ArchiveTestSupport.temporaryFolder()
            defer { ArchiveTestSupport.remove(folder) }
            let path = folder + "/video.mp4"
            await #expect(throws: DownloadError.sizeMismatch(path: path, expected: (link.recordingSize ?? 0) + 1, actual: link.recordingSize ?? 0)) {
                try await FileDownloader(logger: fixture.logger)
                    .download(from: link.recordingUrl, to: path, expectedSize: (link.recordingSize ?? 0) + 1)
            }
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }

    @Test func cancellingStopsPromptlyAndKeepsThePart() async throws {
        try await withSimulator({ $0.recordingCount = 3; $0.recordingSizeRange = 512 * 1024 * 1024...512 * 1024 * 1024 }) { fixture in
            let link = try #require(try await Self.links(fixture, count: 1).first)
            let folder = try ArchiveTestSupport.temporaryFolder()
            defer { ArchiveTestSupport.remove(folder) }
            let path = folder + "/video.mp4"
            let started = Gate()
            let downloader = FileDownloader(logger: fixture.logger)
            let task = Task {
                try await downloader.download(from: link.recordingUrl, to: path, expectedSize: link.recordingSize) { bytes in
                    if bytes > 0 { started.open() }
                }
            }
            await started.wait()
            task.cancel()
            let result = await task.result
            #expect(throws: CancellationError.self) { try result.get() }
            let part = try FileManager.default.attributesOfItem(atPath: FileDownloader.partPath(for: path))
            #expect((part[.size] as? Int ?? 0) > 0)
            #expect((part[.size] as? Int ?? 0) < Int(link.recordingSize ?? 0))
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }

    @Test func logsNeverCarryTheSecretPartOfALink() async throws {
        try await withSimulator({ $0.recordingCount = 10 }) { fixture in
            let link = try #require(try await Self.links(fixture).first)
            let folder = try ArchiveTestSupport.temporaryFolder()
            defer { ArchiveTestSupport.remove(folder) }
            _ = try await FileDownloader(logger: fixture.logger).download(from: link.recordingUrl, to: folder + "/v.mp4")
            let name = try #require(link.recordingUrl.split(separator: "/").last)
            let signature = String(name.split(separator: "-").last?.prefix(32) ?? "")
            #expect(signature.count == 32)
            #expect(!fixture.allLogText.contains(signature))
            #expect(!FileURLRedaction.describe(link.recordingUrl).contains(signature))
        }
    }
}
