import Foundation
import GoToAssistSimulator
import Hummingbird
import HummingbirdTesting
import Testing

struct GatewayTests {
    static let sessionsQuery = "/sessions?sessionType=screen_sharing&\(SimTest.allTime)"

    @Test func missingTokenIsInvalidTokenWith403() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.api(Self.sessionsQuery, token: nil)
            #expect(response.status == .forbidden)
            #expect(try response.object() as NSDictionary == ["int_err_code": "InvalidToken", "msg": "Invalid token passed"])
        }
    }

    @Test func unknownTokenIsInvalidTokenWith403() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.api(Self.sessionsQuery, token: "nope")
            #expect(response.status == .forbidden)
            #expect(try response.errorCode() == "InvalidToken")
        }
    }

    @Test func seatlessTokenIsNotEntitledWith401() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.api(Self.sessionsQuery, token: "seatless-token")
            #expect(response.status == .unauthorized)
            #expect(try response.errorCode() == "NotEntitled")
        }
    }

    @Test(arguments: ["OAuth oauth_token=sim-token", "oauth oauth_token=sim-token", "BEARER sim-token"])
    func authorizationHeaderFormsAreAccepted(_ header: String) async throws {
        try await SimTest.withRouter { client in
            let response = try await client.send("/G2A/rest/v1" + Self.sessionsQuery, headers: [.authorization: header])
            #expect(response.status == .ok)
        }
    }

    @Test func quotedOAuthTokenIsRejectedLikeTheRealGateway() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.send(
                "/G2A/rest/v1" + Self.sessionsQuery, headers: [.authorization: "OAuth oauth_token='sim-token'"]
            )
            #expect(response.status == .forbidden)
        }
    }

    @Test func queryTokenIsAccepted() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.api(Self.sessionsQuery + "&oauth_token=sim-token", token: nil)
            #expect(response.status == .ok)
        }
    }

    @Test func burstOverTheLimitGets429WithRetryAfter() async throws {
        try await SimTest.withRouter(SimTest.configuration(rateLimitPerSecond: 3)) { client in
            // Send until the bucket is empty: however slow the machine, a run of requests faster
            // than 3/s arrives well within 60 attempts, and the first three always pass.
            var statuses: [HTTPResponse.Status] = []
            var limited = try await client.api("/companies")
            statuses.append(limited.status)
            while limited.status != .tooManyRequests, statuses.count < 60 {
                limited = try await client.api("/companies")
                statuses.append(limited.status)
            }
            #expect(statuses.prefix(3).allSatisfy { $0 == .ok })
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers[.retryAfter] == "1")
            #expect(limited.status.reasonPhrase == "Rate limit quota", "the real gateway's reason phrase")
            #expect(try limited.errorCode() == "RateLimited")
            // Another token has its own bucket, and the unauthenticated launcher is not counted.
            #expect(try await client.api("/companies", token: "nope").status == .forbidden)
            #expect(try await client.send("/G2A/rest/v1/session?sessionType=screen_sharing").status == .found)
        }
    }

    @Test func wrongMethodOnKnownPathIs405() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.api("/companies", method: .delete)
            #expect(response.status == .methodNotAllowed)
            #expect(try response.errorCode() == "MethodNotAllowed")
            #expect(try await client.api("/sessions", method: .put).status == .methodNotAllowed)
            #expect(try await client.send("/oauth/v2/token").status == .methodNotAllowed)
        }
    }

    @Test func unknownPathIs404Envelope() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.api("/nothing/here")
            #expect(response.status == .notFound)
            #expect(try response.errorCode() == "NotFound")
            #expect(try await client.send("/totally/elsewhere").status == .notFound)
        }
    }

    @Test func unknownQueryParametersAreIgnored() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.api("/companies?limt=5&bogus=1")
            #expect(response.status == .ok)
        }
    }

    @Test func stringifiedIdsAreEmittedAsStrings() async throws {
        var configuration = SimTest.configuration()
        configuration.stringifyIDs = true
        try await SimTest.withRouter(configuration) { client in
            let sessions = try #require(try await client.api(Self.sessionsQuery).object()["sessions"] as? [[String: Any]])
            let ended = try #require(sessions.first { $0["sessionId"] != nil })
            #expect(ended["sessionId"] is String)
            #expect(ended["accountKey"] is String)
            #expect(ended["sessionStartToken"] is String)
            let companies = try #require(try await client.api("/companies").object()["companies"] as? [[String: Any]])
            #expect(companies.first?["companyId"] is String)
        }
    }
}
