import Foundation
import GoToAssistSimulator
import HummingbirdTesting
import Testing

struct ControlTests {
    @Test func scriptedSessionsAdvanceThroughTheLifecycle() async throws {
        try await SimTest.withRouter { client in
            let created = try await client.send(
                "/_sim/sessions", method: .post, json: #"{"status":"notStarted","customerName":"山田太郎","partnerObject":99}"#
            )
            #expect(created.status == .created)
            let session = try created.object()
            #expect(session["status"] as? String == "notStarted")
            #expect(session["sessionId"] == nil)
            #expect(session["customerName"] as? String == "山田太郎")
            #expect(session["partnerObject"] as? String == "99")
            let startToken = try #require(session["sessionStartToken"] as? Int)
            let listed = try await client.api("/sessions?sessionType=screen_sharing&\(SimTest.allTime)").object()
            let match = try #require((listed["sessions"] as? [[String: Any]])?.first { $0["sessionStartToken"] as? Int == startToken })
            #expect(match["status"] as? String == "notStarted")
            #expect(match["sessionToken"] == nil, "the token is a control-surface extra, not an API field")

            // A notStarted session has no id yet, so the control surface addresses it by token.
            let token = try #require(session["sessionToken"] as? String)
            let waiting = try await client.send("/_sim/sessions/\(token)/advance", method: .post).object()
            #expect(waiting["status"] as? String == "waiting")
            let id = try #require(waiting["sessionId"] as? Int)
            #expect(waiting["startedAt"] is String && waiting["customerJoinedAt"] == nil)

            let complete = try await client.send("/_sim/sessions/\(id)/advance", method: .post, json: #"{"to":"complete"}"#).object()
            #expect(complete["status"] as? String == "complete")
            #expect(complete["customerJoinedAt"] is String && complete["endedAt"] is String)

            let again = try await client.send("/_sim/sessions/\(id)/advance", method: .post)
            #expect(again.status == .badRequest)
            #expect(try await client.send("/_sim/sessions/123/advance", method: .post).status == .notFound)
        }
    }

    @Test func apiCreatedSessionsAdvanceByTokenAndAbandon() async throws {
        try await SimTest.withRouter { client in
            let created = try await client.api("/sessions", method: .post, json: #"{"sessionType":"screen_sharing"}"#).object()
            let token = try #require((created["startScreenSharing"] as? [String: Any])?["sessionToken"] as? String)
            let waiting = try await client.send("/_sim/sessions/\(token)/advance", method: .post).object()
            #expect(waiting["status"] as? String == "waiting")
            #expect(isJSONNumber(waiting["sessionId"]))
            let abandoned = try await client.send("/_sim/sessions/\(token)/advance", method: .post, json: #"{"to":"abandoned"}"#)
                .object()
            #expect(abandoned["status"] as? String == "abandoned")
            #expect(abandoned["customerJoinedAt"] == nil && abandoned["endedAt"] is String)
        }
    }

    @Test func resetRegeneratesTheWorldAndClearsTheRequestLog() async throws {
        try await SimTest.withRouter { client in
            let query = "/sessions?sessionType=screen_sharing&\(SimTest.allTime)"
            let before = try await client.api(query).text
            _ = try await client.send("/_sim/sessions", method: .post, json: "{}")
            #expect(try await client.api(query).object()["totalNumSessions"] as? Int == 201)
            #expect(try await client.send("/_sim/reset", method: .post).status == .noContent)
            #expect(try await client.send("/_sim/requests").text == "[]")
            let after = try await client.api(query)
            #expect(try after.object()["totalNumSessions"] as? Int == 200)
            #expect(before.count > 0)
        }
    }

    @Test func requestLogRecordsApiCallsWithoutTokens() async throws {
        try await SimTest.withRouter { client in
            _ = try await client.api("/companies?oauth_token=sim-token&limit=5", token: nil)
            _ = try await client.api("/companies", token: "bad")
            let log = try await client.send("/_sim/requests")
            #expect(!log.text.contains("sim-token"))
            let entries = try log.array()
            #expect(entries.count == 2)
            #expect(entries[0]["method"] as? String == "GET")
            #expect(entries[0]["path"] as? String == "/G2A/rest/v1/companies")
            #expect(entries[0]["query"] as? String == "oauth_token=REDACTED&limit=5")
            #expect(entries[0]["status"] as? Int == 200)
            #expect(entries[1]["status"] as? Int == 403)
            #expect(try await client.send("/_sim/requests", method: .delete).status == .noContent)
            #expect(try await client.send("/_sim/requests").text == "[]")
        }
    }

    @Test func clockAdvanceMovesSimTime() async throws {
        try await SimTest.withRouter { client in
            let before = try #require(try await client.send("/_sim/clock").object()["epochSeconds"] as? Double)
            let after = try await client.send("/_sim/clock/advance", method: .post, json: #"{"seconds": 86400}"#).object()
            let now = try #require(after["epochSeconds"] as? Double)
            #expect(now - before >= 86_400 && now - before < 86_460)
        }
    }

    @Test func scriptedSessionsRejectUnknownStatus() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.send("/_sim/sessions", method: .post, json: #"{"status":"sleeping"}"#)
            #expect(response.status == .badRequest)
        }
    }
}
