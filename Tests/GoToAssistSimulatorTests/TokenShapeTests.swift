import Foundation
import GoToAssistSimulator
import Hummingbird
import HummingbirdTesting
import Testing

/// `tokenShape: .current` answers like authentication.logmeininc.com (API-FACTS §3.1).
struct TokenShapeTests {
    static func current() -> SimulatorConfiguration {
        var configuration = SimTest.configuration()
        configuration.tokenShape = .current
        return configuration
    }

    static func refresh(_ client: any TestClientProtocol, _ token: String) async throws -> TestResponse {
        try await client.form("/oauth/token", "grant_type=refresh_token&refresh_token=\(token)", headers: OAuthTests.basic)
    }

    @Test func theCurrentShapeHasScopeAndPrincipalAndARefreshWithoutRefreshToken() async throws {
        try await SimTest.withRouter(Self.current()) { client in
            let login = try await client.form(
                "/oauth/token", "grant_type=personal_access_token&pat=demo-pat", headers: OAuthTests.basic)
            #expect(login.status == .ok)
            let body = try login.object()
            #expect(body["principal"] as? String == "tech@example.com")
            #expect((body["scope"] as? String)?.isEmpty == false)
            #expect(body["organizer_key"] == nil && body["firstName"] == nil && body["platform"] == nil)
            #expect(body["expires_in"] as? Int == 3600 && body["token_type"] as? String == "Bearer")
            let refreshToken = try #require(body["refresh_token"] as? String)

            let first = try await Self.refresh(client, refreshToken)
            #expect(first.status == .ok)
            let renewed = try first.object()
            #expect(renewed["refresh_token"] == nil, "the current service may omit it")
            let access = try #require(renewed["access_token"] as? String)
            #expect(try await client.api("/companies", token: access).status == .ok)
            // The refresh token it kept still works, and the access token it replaced is revoked.
            #expect(try await Self.refresh(client, refreshToken).status == .ok)
            #expect(try await client.api("/companies", token: access).status == .forbidden)
        }
    }

    @Test func theV2ShapeStaysTheDefault() async throws {
        try await SimTest.withRouter { client in
            let login = try await client.form(
                "/oauth/v2/token", "grant_type=personal_access_token&pat=demo-pat", headers: OAuthTests.basic)
            let refreshToken = try #require(try login.object()["refresh_token"] as? String)
            let renewed = try await Self.refresh(client, refreshToken).object()
            #expect(renewed["refresh_token"] is String && renewed["organizer_key"] is String)
            #expect(renewed["scope"] == nil && renewed["principal"] == nil)
        }
    }
}
