import Foundation
import Testing

/// Where `login` and refresh send the technician: the current identity service for the public
/// API, the base URL's own host otherwise, and the config's `token_url` / `authorize_url` over both.
@Suite struct SignInEndpointTests {
    @Test func thePublicServiceUsesTheCurrentIdentityHost() async throws {
        let result = try await BinaryRunner.run(["config", "show"], environment: BinaryRunner.environment())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#"token_url = "https://authentication.logmeininc.com/oauth/token""#))
        #expect(result.stdout.contains(#"authorize_url = "https://authentication.logmeininc.com/oauth/authorize""#))
        #expect(!result.stdout.contains("api.getgo.com/oauth"))
    }

    @Test func anotherBaseURLDerivesBothAndTheConfigOverridesThem() async throws {
        let derived = try WriteCommandTests.withConfig(BinaryRunner.environment(), #"base_url = "http://127.0.0.1:8080/G2A/rest/v1""#)
        let shown = try await BinaryRunner.run(["config", "show"], environment: derived)
        #expect(shown.stdout.contains(#"token_url = "http://127.0.0.1:8080/oauth/v2/token""#), "\(shown.stdout)")
        #expect(shown.stdout.contains(#"authorize_url = "http://127.0.0.1:8080/oauth/v2/authorize""#))

        let overridden = try WriteCommandTests.withConfig(BinaryRunner.environment(), #"authorize_url = "https://sso.example.com/authorize""#)
        let mine = try await BinaryRunner.run(["config", "show"], environment: overridden)
        #expect(mine.stdout.contains(#"authorize_url = "https://sso.example.com/authorize""#))

        let bad = try WriteCommandTests.withConfig(BinaryRunner.environment(), #"authorize_url = "sso.example.com""#)
        let refused = try await BinaryRunner.run(["config", "check"], environment: bad)
        #expect(refused.status != 0)
        // The same check as every URL setting (`URLSetting`), with the same words as for token_url.
        #expect(refused.stderr.contains("authorize_url: is not a URL: sso.example.com"), "\(refused.stderr)")

        let clear = try WriteCommandTests.withConfig(BinaryRunner.environment(), #"authorize_url = "http://sso.example.com/authorize""#)
        let unencrypted = try await BinaryRunner.run(["config", "check"], environment: clear)
        #expect(unencrypted.status != 0)
        #expect(unencrypted.stderr.contains("authorize_url: uses plain http to sso.example.com"), "\(unencrypted.stderr)")
    }
}
