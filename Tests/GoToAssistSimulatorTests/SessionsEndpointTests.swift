import Foundation
import GoToAssistSimulator
import HummingbirdTesting
import Testing

struct SessionsEndpointTests {
    @Test func listingReturnsEnvelopeWithCountEqualToSessions() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.api("/sessions?sessionType=screen_sharing&\(SimTest.allTime)")
            #expect(response.status == .ok)
            let object = try response.object()
            let sessions = try #require(object["sessions"] as? [[String: Any]])
            #expect(object["totalNumSessions"] as? Int == sessions.count)
            #expect(sessions.count == 200)
        }
    }

    @Test func sessionTypeIsCaseInsensitive() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.api("/sessions?sessionType=SCREEN_SHARING&\(SimTest.allTime)")
            #expect(response.status == .ok)
        }
    }

    @Test func sessionFieldsHaveDocumentedTypesAndPresenceByStatus() async throws {
        try await SimTest.withRouter { client in
            let sessions = try #require(
                try await client.api("/sessions?sessionType=screen_sharing&\(SimTest.allTime)").object()["sessions"]
                    as? [[String: Any]]
            )
            var seen = Set<String>()
            for session in sessions {
                let status = try #require(session["status"] as? String)
                seen.insert(status)
                #expect(session["sessionType"] as? String == "screen_sharing")
                #expect(isJSONNumber(session["sessionStartToken"]))
                #expect(isJSONNumber(session["accountKey"]))
                #expect(session["expertUserKey"] is String)
                #expect((session["customerJoinUrl"] as? String)?.hasPrefix("https://www.fastsupport.com/") == true)
                switch status {
                case "notStarted":
                    #expect(session["sessionId"] == nil)
                    #expect(session["startedAt"] == nil && session["customerJoinedAt"] == nil && session["endedAt"] == nil)
                case "waiting":
                    #expect(isJSONNumber(session["sessionId"]))
                    #expect(session["startedAt"] is String && session["customerJoinedAt"] == nil && session["endedAt"] == nil)
                case "active":
                    #expect(session["customerJoinedAt"] is String && session["endedAt"] == nil)
                case "complete":
                    #expect(session["startedAt"] is String && session["customerJoinedAt"] is String && session["endedAt"] is String)
                case "abandoned":
                    #expect(session["startedAt"] is String && session["customerJoinedAt"] == nil && session["endedAt"] is String)
                default:
                    Issue.record("unexpected status \(status)")
                }
                #expect(!session.values.contains { $0 is NSNull }, "null instead of an omitted field")
            }
            #expect(seen == ["notStarted", "waiting", "active", "complete", "abandoned"])
            #expect(sessions.contains { $0["unattendedMachineUuid"] is String })
            #expect(sessions.contains { $0["collaborators"] is [[String: Any]] })
            #expect(sessions.contains { $0["notes"] is String })
        }
    }

    @Test func timestampsUseSecondPrecisionUTC() async throws {
        try await SimTest.withRouter { client in
            let sessions = try #require(
                try await client.api("/sessions?sessionType=screen_sharing&\(SimTest.allTime)").object()["sessions"]
                    as? [[String: Any]]
            )
            let pattern = try Regex(#"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$"#)
            for case let started as String in sessions.map({ $0["startedAt"] as Any }) {
                #expect(started.wholeMatch(of: pattern) != nil, "\(started)")
            }
        }
    }

    @Test func sessionsAreSortedAndFilteredByWindow() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.api(
                "/sessions?sessionType=screen_sharing&fromTime=2025-12-20T00:00:00Z&toTime=2025-12-25T00:00:00%2B01:00"
            )
            let sessions = try #require(try response.object()["sessions"] as? [[String: Any]])
            #expect(!sessions.isEmpty)
            let times = sessions.compactMap { $0["startedAt"] as? String }
            #expect(times == times.sorted())
            #expect(times.allSatisfy { $0 >= "2025-12-20T00:00:00Z" && $0 <= "2025-12-24T23:00:00Z" })
        }
    }

    @Test(arguments: [
        "/sessions?fromTime=2025-12-01T00:00:00Z&toTime=2025-12-02T00:00:00Z",
        "/sessions?sessionType=video&fromTime=2025-12-01T00:00:00Z&toTime=2025-12-02T00:00:00Z",
        "/sessions?sessionType=screen_sharing&toTime=2025-12-02T00:00:00Z",
        "/sessions?sessionType=screen_sharing&fromTime=2025-12-01T00:00:00Z",
        "/sessions?sessionType=screen_sharing&fromTime=2025-12-03T00:00:00Z&toTime=2025-12-02T00:00:00Z",
        "/sessions?sessionType=screen_sharing&fromTime=2025-12-01&toTime=2025-12-02T00:00:00Z",
        "/sessions?sessionType=screen_sharing&fromTime=yesterday&toTime=2025-12-02T00:00:00Z",
    ])
    func invalidListingQueriesAreRejectedWith400(_ query: String) async throws {
        try await SimTest.withRouter { client in
            let response = try await client.api(query)
            #expect(response.status == .badRequest)
            #expect(try response.errorCode() == "InvalidRequest")
        }
    }

    @Test func fractionalSecondsAndOffsetsAreAccepted() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.api(
                "/sessions?sessionType=screen_sharing&fromTime=2025-12-01T00:00:00.123Z&toTime=2025-12-02T10:00:00-05:00"
            )
            #expect(response.status == .ok)
        }
    }

    @Test func invalidTimeErrorNamesTheParameter() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.api(
                "/sessions?sessionType=screen_sharing&fromTime=2025-12-01T00:00:00Z&toTime=2025-13-02T00:00:00Z"
            )
            #expect(try (response.object()["msg"] as? String)?.contains("toTime") == true)
        }
    }

    @Test func endedSessionsOlderThanThirtyDaysAreDropped() async throws {
        try await SimTest.withRouter { client in
            let before = try #require(
                try await client.api("/sessions?sessionType=screen_sharing&\(SimTest.allTime)").object()["totalNumSessions"] as? Int
            )
            _ = try await client.send("/_sim/clock/advance", method: .post, json: #"{"seconds": 1296000}"#)
            let after = try #require(
                try await client.api("/sessions?sessionType=screen_sharing&\(SimTest.allTime)").object()["totalNumSessions"] as? Int
            )
            #expect(after < before)
            #expect(after > 0)
        }
    }

    @Test func singleSessionCanBeFetchedByIdOrToken() async throws {
        try await SimTest.withRouter { client in
            let created = try await client.api("/sessions", method: .post, json: #"{"sessionType":"screen_sharing"}"#)
            let token = try #require((try created.object()["startScreenSharing"] as? [String: Any])?["sessionToken"] as? String)
            let byToken = try await client.api("/sessions/\(token)")
            #expect(byToken.status == .ok)
            #expect(try byToken.object()["status"] as? String == "notStarted")
            #expect(try await client.api("/sessions/999").status == .notFound)
        }
    }
}
