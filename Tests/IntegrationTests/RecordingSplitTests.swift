import Foundation
import GoToAssistAPI
import GoToAssistSimulator
import Testing

/// `GoToAssistClient.allRecordings`: windows with more than 500 recordings are split until
/// every recording is listed.
@Suite struct RecordingSplitTests {
    @Test func aWindowWithMoreThan500RecordingsIsListedCompletely() async throws {
        try await withSimulator({ $0.recordingCount = 1_500; $0.rateLimitPerSecond = 1_000 }) { fixture in
            let client = try ArchiveTestSupport.fastClient(fixture)
            let account = try await ArchiveTestSupport.account(client)
            let now = Date()
            let from = now.addingTimeInterval(-61 * 86_400)
            let query = RecordingQuery(owner: .accountKey(account), from: from, to: now)
            // The plain call shows the cap; a week at a time stays under it and gives the truth.
            #expect(try await client.recordings(query).isCapped)
            var truth: [String] = []
            var start = from
            while start < now {
                let end = min(now, start.addingTimeInterval(7 * 86_400 - 1))
                let week = try await client.recordings(RecordingQuery(owner: .accountKey(account), from: start, to: end))
                #expect(!week.isCapped)
                truth += week.readyForDownload
                start = end.addingTimeInterval(1)
            }
            let listing = try await client.allRecordings(query, now: now)
            #expect(listing.readyForDownload.count > RecordingList.listCap)
            #expect(listing.readyForDownload == truth, "every id once, in start-time order")
            #expect(Set(listing.readyForDownload).count == listing.readyForDownload.count)
            #expect(listing.splits > 0)
            #expect(listing.requests == 2 * listing.splits + 1)
            #expect(listing.isComplete)
        }
    }

    @Test func aSmallWindowIsOneRequestWithoutSplits() async throws {
        try await withSimulator({ $0.recordingCount = 50 }) { fixture in
            let client = try fixture.client()
            let account = try await ArchiveTestSupport.account(client)
            let listing = try await client.allRecordings(RecordingQuery(owner: .accountKey(account), timePeriodDays: 60))
            let plain = try await client.recordings(RecordingQuery(owner: .accountKey(account), timePeriodDays: 60))
            #expect(listing.splits == 0)
            #expect(listing.requests == 1)
            #expect(Set(listing.readyForDownload) == Set(plain.readyForDownload))
            #expect(listing.to.timeIntervalSince(listing.from) == 60 * 86_400)
        }
    }
}
