import Foundation
import GoToAssistAPI
import GoToAssistSimulator
import Testing

/// The client's authorization-code sign-in against the simulator, in both token shapes, with the
/// test playing the browser: open the authorize URL, post the form, read the redirect.
@Suite(.serialized) struct AuthorizationCodeAgainstSimulatorTests {
    /// Signs in on the simulator's form and returns the `Location` it redirected to.
    static func playBrowser(_ sim: SimulatorFixture, _ request: AuthorizationRequest) async throws -> String {
        let page = try await sim.transport.send(HTTPRequestSpec(method: "GET", url: request.url))
        #expect(page.status == 200)
        #expect(String(decoding: page.body, as: UTF8.self).contains("name=\"password\""))
        let posted = try await sim.transport.send(HTTPRequestSpec(
            method: "POST", url: request.url, headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Array("username=tech%40example.com&password=demo-password".utf8)))
        #expect(posted.status == 302)
        return try #require(posted.headers.first { $0.name.lowercased() == "location" }?.value)
    }

    static func request(_ sim: SimulatorFixture) -> AuthorizationRequest {
        AuthorizationRequest(authorizeURL: sim.server.rootURL + "/oauth/v2/authorize", clientID: "g2a-dash",
                             redirectURI: "http://127.0.0.1:50123/callback")
    }

    @Test(arguments: [SimulatorTokenShape.v2, .current])
    func aPastedAddressBuysTokensAndRefreshKeepsTheRefreshToken(shape: SimulatorTokenShape) async throws {
        try await withSimulator({ $0.tokenShape = shape }) { sim in
            let request = Self.request(sim)
            let location = try await Self.playBrowser(sim, request)
            let code = try request.code(fromPasted: location)
            let oauth = try OAuthAgainstSimulatorTests.oauth(sim)
            let tokens = try await oauth.authorizationCode(code, redirectURI: request.redirectURI, verifier: request.pkce.verifier)
            #expect(tokens.email == "tech@example.com")
            _ = try await sim.client(token: tokens.accessToken).companies()
            let refreshed = try await oauth.refresh(try #require(tokens.refreshToken))
            _ = try await sim.client(token: refreshed.accessToken).companies()
            #expect(refreshed.refreshToken != nil, "a refresh answer without refresh_token keeps the old one")
            if shape == .current { #expect(refreshed.refreshToken == tokens.refreshToken) }
            // The code was spent by the first exchange.
            await #expect(throws: APIError.self) {
                try await oauth.authorizationCode(code, redirectURI: request.redirectURI, verifier: request.pkce.verifier)
            }
        }
    }

    @Test func anAddressFromAnotherSignInIsRefusedBeforeAnyTokenRequest() async throws {
        try await withSimulator { sim in
            let old = Self.request(sim)
            let location = try await Self.playBrowser(sim, old)
            let current = Self.request(sim)
            #expect(throws: AuthorizationRequest.Refusal.self) { try current.code(fromPasted: location) }
            #expect(throws: AuthorizationRequest.Refusal.self) { try current.code(fromPasted: "http://127.0.0.1:1/callback?state=x") }
        }
    }
}
