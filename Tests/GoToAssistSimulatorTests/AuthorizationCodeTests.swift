import Foundation
import GoToAssistSimulator
import Hummingbird
import HummingbirdTesting
import Testing

/// The sign-in form and the authorization-code grant: every rule a real client relies on.
struct AuthorizationCodeTests {
    static let verifier = "sim-test-verifier-0123456789-abcdefghijklmnopqrstuvwxyz"
    /// base64url(SHA-256(verifier)), computed independently (Python hashlib).
    static let challenge = "AU_o5raObasYfDDnhKvGWYxma_LKUP0ntKivwcjSHds"
    static let redirect = "http://127.0.0.1:53124/callback"

    static func query(client: String = "g2a-dash", redirect: String = redirect, method: String = "S256") -> String {
        let escaped = redirect.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? redirect
        return "response_type=code&client_id=\(client)&redirect_uri=\(escaped)&state=st-42"
            + "&code_challenge=\(challenge)&code_challenge_method=\(method)"
    }

    /// Signs in through the form and returns the 302's Location.
    static func signIn(_ client: any TestClientProtocol, path: String = "/oauth/v2/authorize",
                       password: String = "demo-password") async throws -> TestResponse {
        try await client.form(path + "?" + query(), "username=tech%40example.com&password=\(password)")
    }

    /// The `code` of a Location header, after checking that it went to the redirect with the state.
    static func code(_ response: TestResponse, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        #expect(response.status == .found, sourceLocation: sourceLocation)
        let location = try #require(response.headers[.location], sourceLocation: sourceLocation)
        #expect(location.hasPrefix(redirect + "?code="), sourceLocation: sourceLocation)
        #expect(location.hasSuffix("&state=st-42"), sourceLocation: sourceLocation)
        let components = try #require(URLComponents(string: location), sourceLocation: sourceLocation)
        return try #require(components.queryItems?.first { $0.name == "code" }?.value, sourceLocation: sourceLocation)
    }

    static func redeem(_ client: any TestClientProtocol, _ code: String, verifier: String = verifier,
                       redirect: String = redirect) async throws -> TestResponse {
        let escaped = redirect.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? redirect
        return try await client.form(
            "/oauth/v2/token", "grant_type=authorization_code&code=\(code)&redirect_uri=\(escaped)&code_verifier=\(verifier)",
            headers: OAuthTests.basic)
    }

    @Test(arguments: ["/oauth/v2/authorize", "/oauth/authorize"])
    func theFormSignsInAndTheCodeBuysTokensThatAuthenticate(path: String) async throws {
        try await SimTest.withRouter { client in
            let page = try await client.send(path + "?" + Self.query())
            #expect(page.status == .ok)
            #expect(page.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(page.text.contains("name=\"password\"") && page.text.contains("value=\"st-42\""))
            let code = try Self.code(try await Self.signIn(client, path: path))
            let tokens = try await Self.redeem(client, code)
            #expect(tokens.status == .ok)
            let access = try #require(try tokens.object()["access_token"] as? String)
            #expect(try await client.api("/sessions?sessionType=screen_sharing&\(SimTest.allTime)", token: access).status == .ok)
        }
    }

    @Test func aWrongPasswordShowsTheFormAgainWithAnError() async throws {
        try await SimTest.withRouter { client in
            let again = try await Self.signIn(client, password: "nope")
            #expect(again.status == .ok)
            #expect(again.headers[.location] == nil)
            #expect(again.text.contains("Wrong email or password") && again.text.contains("name=\"password\""))
        }
    }

    @Test func anUnknownClientOrAForeignRedirectIsRefusedWithoutRedirecting() async throws {
        try await SimTest.withRouter { client in
            for query in [Self.query(client: "someone-else"), Self.query(redirect: "https://evil.example/cb"),
                          Self.query(method: "plain")] {
                let page = try await client.send("/oauth/v2/authorize?" + query)
                #expect(page.status == .badRequest, "\(query)")
                let posted = try await client.form("/oauth/v2/authorize?" + query, "username=tech%40example.com&password=demo-password")
                #expect(posted.status == .badRequest, "\(query)")
                #expect(posted.headers[.location] == nil, "no redirect for \(query)")
            }
        }
    }

    @Test func aCodeWorksOnce() async throws {
        try await SimTest.withRouter { client in
            let code = try Self.code(try await Self.signIn(client))
            #expect(try await Self.redeem(client, code).status == .ok)
            let replay = try await Self.redeem(client, code)
            #expect(replay.status == .badRequest)
            #expect(try replay.object()["error"] as? String == "invalid_grant")
        }
    }

    @Test func aCodeExpiresAfterTenMinutes() async throws {
        try await SimTest.withRouter { client in
            let fresh = try Self.code(try await Self.signIn(client))
            _ = try await client.send("/_sim/clock/advance", method: .post, json: #"{"seconds":590}"#)
            #expect(try await Self.redeem(client, fresh).status == .ok, "still good after 9 min 50 s")
            let stale = try Self.code(try await Self.signIn(client))
            _ = try await client.send("/_sim/clock/advance", method: .post, json: #"{"seconds":601}"#)
            let expired = try await Self.redeem(client, stale)
            #expect(expired.status == .badRequest)
            let body = try expired.object()
            #expect(body["error"] as? String == "invalid_grant")
            #expect((body["error_description"] as? String)?.contains("expired") == true)
        }
    }

    @Test func theVerifierAndTheRedirectMustMatch() async throws {
        try await SimTest.withRouter { client in
            let first = try Self.code(try await Self.signIn(client))
            let wrongVerifier = try await Self.redeem(client, first, verifier: "another-verifier-0123456789-abcdefghijklmnopqrstuvwxyz")
            #expect(wrongVerifier.status == .badRequest)
            #expect(try wrongVerifier.object()["error"] as? String == "invalid_grant")
            #expect(try await Self.redeem(client, first).status == .badRequest, "a refused attempt spends the code")

            let second = try Self.code(try await Self.signIn(client))
            let wrongRedirect = try await Self.redeem(client, second, redirect: "http://127.0.0.1:9/callback")
            #expect(wrongRedirect.status == .badRequest)
            #expect(try wrongRedirect.object()["error"] as? String == "invalid_grant")

            let missing = try await client.form("/oauth/v2/token", "grant_type=authorization_code&code=x", headers: OAuthTests.basic)
            #expect(missing.status == .badRequest)
            #expect(try missing.object()["error"] as? String == "invalid_request")
        }
    }
}
