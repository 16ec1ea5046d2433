import Foundation
import GoToAssistSimulator
import HummingbirdTesting
import Testing

struct CreateSessionTests {
    @Test func creatingReturnsLaunchUrlAndTokenAndListsANotStartedSession() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.api(
                "/sessions", method: .post,
                json: #"{"sessionType":"screen_sharing","customerName":"Zoë","partnerObject":456,"machineUuid":"","customerEmail":""}"#
            )
            #expect(response.status == .ok)
            let start = try #require(try response.object()["startScreenSharing"] as? [String: Any])
            let token = try #require(start["sessionToken"] as? String)
            #expect(token.hasPrefix("e0-"))
            let launch = try #require(start["launchUrl"] as? String)
            #expect(launch.hasPrefix("https://launch.") && launch.hasSuffix("/launch.html?token=\(token)"))

            let session = try await client.api("/sessions/\(token)").object()
            #expect(session["status"] as? String == "notStarted")
            #expect(session["sessionId"] == nil)
            #expect(session["partnerObject"] as? String == "456")
            #expect(session["customerEmail"] == nil)
            #expect(session["unattendedMachineUuid"] == nil)
            let key = try #require(session["sessionStartToken"] as? Int)
            #expect((100_000_000...999_999_999).contains(key))
            #expect(session["customerJoinUrl"] as? String == "https://www.fastsupport.com/\(key)")
        }
    }

    @Test(arguments: [
        #"{}"#,
        #"{"sessionType":""}"#,
        #"{"sessionType":"video"}"#,
        #"{"sessionType":"screen_sharing","customerEmail":"not-an-email"}"#,
        #"{"sessionType":"screen_sharing","sessionStatusCallbackUrl":"ftp://x"}"#,
        #"{"sessionType":"#,
    ])
    func invalidBodiesAreRejectedWith400(_ body: String) async throws {
        try await SimTest.withRouter { client in
            let response = try await client.api("/sessions", method: .post, json: body)
            #expect(response.status == .badRequest)
            #expect(try response.errorCode() == "InvalidRequest")
        }
    }

    @Test func unknownMachineIsNotFound() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.api(
                "/sessions", method: .post, json: #"{"sessionType":"screen_sharing","machineUuid":"no-such-machine"}"#
            )
            #expect(response.status == .notFound)
            #expect(try response.errorCode() == "NotFound")
        }
    }

    @Test func knownMachineCreatesAnUnattendedSession() async throws {
        try await SimTest.withRouter { client in
            let companies = try #require(try await client.api("/companies").object()["companies"] as? [[String: Any]])
            var uuid: String?
            for company in companies {
                let id = try #require(company["companyId"] as? Int)
                let response = try await client.api("/companies/\(id)/machines")
                if response.status == .ok, let machine = (try response.object()["machines"] as? [[String: Any]])?.first {
                    uuid = machine["machineUuid"] as? String
                    break
                }
            }
            let machineUuid = try #require(uuid)
            let created = try await client.api(
                "/sessions", method: .post, json: #"{"sessionType":"screen_sharing","machineUuid":"\#(machineUuid)"}"#
            )
            let token = try #require((try created.object()["startScreenSharing"] as? [String: Any])?["sessionToken"] as? String)
            let session = try await client.api("/sessions/\(token)").object()
            #expect(session["unattendedMachineUuid"] as? String == machineUuid)
            #expect(session["unattendedMachineName"] is String)
        }
    }

    @Test func browserLauncherRedirectsWithoutAuthentication() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.send("/G2A/rest/v1/session?sessionType=SCREEN_SHARING&partnerObject=456")
            #expect(response.status == .found)
            let location = try #require(response.headers[.location])
            #expect(location.hasPrefix("https://launch.") && location.contains("/launch.html?token=e0-"))
        }
    }

    @Test func browserLauncherServesHtmlForIFrameLayout() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.send("/G2A/rest/v1/session?sessionType=screen_sharing&layout=iFrame")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(response.text.contains("/launch.html?token=e0-"))
        }
    }

    @Test func browserLauncherRequiresSessionType() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.send("/G2A/rest/v1/session")
            #expect(response.status == .badRequest)
            #expect(try response.errorCode() == "InvalidRequest")
        }
    }
}
