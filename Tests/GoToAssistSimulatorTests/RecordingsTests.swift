import Foundation
import GoToAssistSimulator
import HummingbirdTesting
import Testing

struct RecordingsTests {
    static func accountKey(_ client: any TestClientProtocol) async throws -> Int {
        let sessions = try #require(
            try await client.api("/sessions?sessionType=screen_sharing&\(SimTest.allTime)").object()["sessions"]
                as? [[String: Any]]
        )
        return try #require(sessions.first?["accountKey"] as? Int)
    }

    @Test func listingReturnsTwoIdListsInStartOrder() async throws {
        try await SimTest.withRouter { client in
            let key = try await Self.accountKey(client)
            let response = try await client.api("/archive/recordings?accountKey=\(key)")
            #expect(response.status == .ok)
            let object = try response.object()
            let download = try #require(object["readyForDownload"] as? [Any])
            let transcode = try #require(object["readyForTranscode"] as? [Any])
            #expect(!download.isEmpty && !transcode.isEmpty)
            #expect(download.allSatisfy(isJSONNumber))
            let archived = try #require(
                try await client.api("/archive/recordings?accountKey=\(key)&archived=1").object()["readyForDownload"] as? [Int]
            )
            #expect(Set(archived).isDisjoint(with: Set(download.compactMap { $0 as? Int })))
        }
    }

    @Test func filtersNarrowTheLists() async throws {
        try await SimTest.withRouter { client in
            let key = try await Self.accountKey(client)
            func count(_ query: String) async throws -> Int {
                let object = try await client.api("/archive/recordings?accountKey=\(key)&\(query)").object()
                return ((object["readyForDownload"] as? [Any])?.count ?? 0) + ((object["readyForTranscode"] as? [Any])?.count ?? 0)
            }
            let all = try await count("archived=0")
            let attended = try await count("sessionType=0")
            let unattended = try await count("sessionType=1")
            #expect(attended + unattended == all)
            #expect(try await count("timePeriod=7") < all)
            #expect(try await count("fromTime=2025-12-01T00:00:00Z&toTime=2025-12-10T00:00:00Z") < all)
        }
    }

    @Test(arguments: [
        "", "sessionType=0", "accountKey=abc", "accountKey=1&sessionType=2", "accountKey=1&archived=yes",
        "accountKey=1&fromTime=today", "accountKey=1&timePeriod=-3",
    ])
    func invalidListingQueriesAre400(_ query: String) async throws {
        try await SimTest.withRouter { client in
            let response = try await client.api("/archive/recordings?\(query)")
            #expect(response.status == .badRequest)
            #expect(try response.errorCode() == "InvalidRequest")
        }
    }

    @Test(arguments: ["accountKey=12345", "userKey=42", "companyId=7"])
    func keysNotInTheAccountAre403(_ query: String) async throws {
        try await SimTest.withRouter { client in
            let response = try await client.api("/archive/recordings?\(query)")
            #expect(response.status == .forbidden)
            #expect(try response.errorCode() == "Forbidden")
        }
    }

    static func ids(_ client: any TestClientProtocol) async throws -> (download: [Int], transcode: [Int]) {
        let key = try await accountKey(client)
        let object = try await client.api("/archive/recordings?accountKey=\(key)").object()
        return (object["readyForDownload"] as? [Int] ?? [], object["readyForTranscode"] as? [Int] ?? [])
    }

    @Test func urlsHaveDocumentedShapeAndOmitRecordingsNotReady() async throws {
        try await SimTest.withRouter { client in
            let (download, transcode) = try await Self.ids(client)
            let query = "recordingIds=\(download[0])&recordingIds=\(download[1]),\(transcode[0])&recordingId=\(download[2])"
            let response = try await client.api("/archive/recordings/urls?\(query)")
            #expect(response.status == .ok)
            let items = try response.array()
            #expect(items.compactMap { $0["recordingId"] as? Int } == Array(download.prefix(3)))
            for item in items {
                #expect(isJSONNumber(item["recordingId"]))
                #expect(item["recordingSize"] is String)
                #expect((item["recordingUrl"] as? String)?.hasSuffix(".mp4") == true)
                #expect((item["eventsUrl"] as? String)?.hasSuffix(".events") == true)
                #expect((item["thumbnailUrl"] as? String)?.hasSuffix(".jpg") == true)
                #expect(item["recordingStartTime"] is String)
            }
        }
    }

    @Test func urlChecksRunInDocumentedOrder() async throws {
        try await SimTest.withRouter { client in
            let tooMany = (0..<501).map { "\($0 + 1)" }.joined(separator: ",")
            #expect(try await client.api("/archive/recordings/urls?recordingIds=\(tooMany)").status == .badRequest)
            #expect(try await client.api("/archive/recordings/urls?recordingIds=1,abc").status == .badRequest)
            #expect(try await client.api("/archive/recordings/urls").status == .badRequest)
            let foreign = try await client.api("/archive/recordings/urls?recordingIds=1")
            #expect(foreign.status == .forbidden)
            #expect(try foreign.errorCode() == "Forbidden")
        }
    }
}
