import Foundation
import GoToAssistSimulator
import Hummingbird
import HummingbirdTesting
import Testing

struct FaultTests {
    static func configuration(_ fault: SimulatorFault? = nil, errorRate: Double = 0, latencyMs: Int = 0) -> SimulatorConfiguration {
        var configuration = SimTest.configuration()
        configuration.fault = fault
        configuration.errorRate = errorRate
        configuration.latencyMs = latencyMs
        return configuration
    }

    @Test func errorRateOneAnswersEveryCallWith500() async throws {
        try await SimTest.withRouter(Self.configuration(errorRate: 1)) { client in
            let response = try await client.api("/companies")
            #expect(response.status == .internalServerError)
            #expect(try response.errorCode() == "InternalError")
        }
    }

    @Test func latencyDelaysApiResponses() async throws {
        try await SimTest.withRouter(Self.configuration(latencyMs: 60)) { client in
            let started = ContinuousClock.now
            _ = try await client.api("/companies")
            #expect(ContinuousClock.now - started >= .milliseconds(60))
        }
    }

    @Test func malformedJSONFaultReturns200WithUnparseableBody() async throws {
        try await SimTest.withRouter(Self.configuration(.malformedJSON)) { client in
            let response = try await client.api("/companies")
            #expect(response.status == .ok)
            #expect(throws: (any Error).self) {
                try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))
            }
            // Control endpoints are never faulted.
            #expect(try await client.send("/_sim/faults").status == .ok)
        }
    }

    @Test func dropConnectionFaultNeverDeliversACompleteResponse() async throws {
        try await SimTest.withRouter(Self.configuration(.dropConnection)) { client in
            await #expect(throws: (any Error).self) {
                _ = try await client.api("/companies")
            }
        }
    }

    @Test func slowBodyFaultStillDeliversTheWholeDocument() async throws {
        try await SimTest.withRouter(Self.configuration(.slowBody)) { client in
            let started = ContinuousClock.now
            let response = try await client.api("/companies?limit=5")
            #expect(try response.object()["totalNumCompanies"] as? Int == 120)
            #expect(ContinuousClock.now - started >= .milliseconds(300))
        }
    }

    @Test func expiredTokenFaultIsCuredByARefreshGrant() async throws {
        try await SimTest.withRouter(Self.configuration(.expiredToken)) { client in
            #expect(try await client.api("/companies").status == .forbidden)
            let login = try await client.form(
                "/oauth/v2/token", "grant_type=password&username=tech@example.com&password=demo-password",
                headers: OAuthTests.basic
            ).object()
            let access = try #require(login["access_token"] as? String)
            let refresh = try #require(login["refresh_token"] as? String)
            let rejected = try await client.api("/companies", token: access)
            #expect(rejected.status == .forbidden)
            #expect(try rejected.errorCode() == "InvalidToken")
            let renewed = try await client.form(
                "/oauth/v2/token", "grant_type=refresh_token&refresh_token=\(refresh)", headers: OAuthTests.basic
            ).object()
            let fresh = try #require(renewed["access_token"] as? String)
            #expect(try await client.api("/companies", token: fresh).status == .ok)
        }
    }

    @Test func faultsChangeAtRuntimeAndNullClearsTheFault() async throws {
        try await SimTest.withRouter { client in
            let set = try await client.send(
                "/_sim/faults", method: .put, json: #"{"errorRate": 1, "fault": "malformed-json", "latencyMs": 0}"#
            )
            #expect(set.status == .ok)
            #expect(try set.object()["fault"] as? String == "malformed-json")
            #expect(try await client.api("/companies").status == .internalServerError)
            let cleared = try await client.send("/_sim/faults", method: .put, json: #"{"errorRate": 0, "fault": null}"#)
            #expect(try cleared.object()["fault"] is NSNull)
            #expect(try await client.api("/companies").status == .ok)
            let bad = try await client.send("/_sim/faults", method: .put, json: #"{"fault": "gremlins"}"#)
            #expect(bad.status == .badRequest)
        }
    }
}
