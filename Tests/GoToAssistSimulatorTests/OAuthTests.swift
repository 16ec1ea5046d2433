import Foundation
import GoToAssistSimulator
import Hummingbird
import HummingbirdTesting
import Testing

struct OAuthTests {
    static let basic: HTTPFields = [
        .authorization: "Basic " + Data("g2a-dash:g2a-dash-secret".utf8).base64EncodedString()
    ]

    @Test func passwordGrantReturnsV2TokenResponseThatAuthenticates() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.form(
                "/oauth/v2/token", "grant_type=password&username=tech%40example.com&password=demo-password",
                headers: Self.basic
            )
            #expect(response.status == .ok)
            let body = try response.object()
            for key in ["access_token", "refresh_token", "organizer_key", "account_key", "email", "firstName", "lastName"] {
                #expect(body[key] is String, "\(key)")
            }
            #expect(body["token_type"] as? String == "Bearer")
            #expect(body["expires_in"] as? Int == 3600)
            #expect(body["platform"] as? String == "GLOBAL" && body["version"] as? String == "2")
            #expect(body["firstName"] as? String == "Tess")
            let token = try #require(body["access_token"] as? String)
            let sessions = try await client.api("/sessions?sessionType=screen_sharing&\(SimTest.allTime)", token: token)
            #expect(sessions.status == .ok)
            // The organizer key is an expert of the account, so it lists recordings.
            let key = try #require(body["organizer_key"] as? String)
            #expect(try await client.api("/archive/recordings?userKey=\(key)", token: token).status == .ok)
        }
    }

    @Test func clientCredentialsMayComeFromTheForm() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.form(
                "/oauth/token",
                "grant_type=password&user_id=tech@example.com&password=demo-password&client_id=g2a-dash&client_secret=g2a-dash-secret"
            )
            #expect(response.status == .ok)
        }
    }

    @Test func wrongPasswordIsInvalidGrantAndWrongClientIsInvalidClient() async throws {
        try await SimTest.withRouter { client in
            let grant = try await client.form(
                "/oauth/v2/token", "grant_type=password&username=tech@example.com&password=nope", headers: Self.basic
            )
            #expect(grant.status == .badRequest)
            #expect(try grant.object()["error"] as? String == "invalid_grant")
            let badClient = try await client.form(
                "/oauth/v2/token", "grant_type=password&username=tech@example.com&password=demo-password",
                headers: [.authorization: "Basic " + Data("g2a-dash:wrong".utf8).base64EncodedString()]
            )
            #expect(badClient.status == .unauthorized)
            #expect(try badClient.object()["error"] as? String == "invalid_client")
        }
    }

    @Test func refreshTokensAreSingleUseAndRevokeTheOldAccessToken() async throws {
        try await SimTest.withRouter { client in
            let first = try await client.form("/oauth/v2/token", "grant_type=personal_access_token&pat=demo-pat", headers: Self.basic)
                .object()
            let oldAccess = try #require(first["access_token"] as? String)
            let refresh = try #require(first["refresh_token"] as? String)
            let second = try await client.form("/oauth/v2/token", "grant_type=refresh_token&refresh_token=\(refresh)", headers: Self.basic)
            #expect(second.status == .ok)
            let newAccess = try #require(try second.object()["access_token"] as? String)
            #expect(newAccess != oldAccess)
            #expect(try await client.api("/companies", token: oldAccess).status == .forbidden)
            #expect(try await client.api("/companies", token: newAccess).status == .ok)
            let reused = try await client.form("/oauth/v2/token", "grant_type=refresh_token&refresh_token=\(refresh)", headers: Self.basic)
            #expect(reused.status == .badRequest)
            #expect(try reused.object()["error"] as? String == "invalid_grant")
        }
    }

    @Test func unknownPersonalAccessTokenIsInvalidGrant() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.form("/oauth/v2/token", "grant_type=personal_access_token&pat=nope", headers: Self.basic)
            #expect(response.status == .badRequest)
        }
    }

    @Test func accessTokensExpireOnTheSimClock() async throws {
        try await SimTest.withRouter { client in
            let body = try await client.form("/oauth/v2/token", "grant_type=personal_access_token&pat=demo-pat", headers: Self.basic)
                .object()
            let token = try #require(body["access_token"] as? String)
            #expect(try await client.api("/companies", token: token).status == .ok)
            _ = try await client.send("/_sim/clock/advance", method: .post, json: #"{"seconds": 3601}"#)
            #expect(try await client.api("/companies", token: token).status == .forbidden)
        }
    }

    @Test func legacyEndpointAcceptsGetAndReturnsStringLifetime() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.send(
                "/oauth/access_token?grant_type=password&user_id=tech@example.com&password=demo-password&client_id=g2a-dash"
            )
            #expect(response.status == .ok)
            #expect(try response.object()["expires_in"] as? String == "3600")
            let post = try await client.form(
                "/oauth/access_token", "grant_type=password&user_id=tech@example.com&password=demo-password&client_id=g2a-dash"
            )
            #expect(post.status == .ok)
            let wrongClient = try await client.send(
                "/oauth/access_token?grant_type=password&user_id=tech@example.com&password=demo-password&client_id=x"
            )
            #expect(wrongClient.status == .unauthorized)
        }
    }
}
