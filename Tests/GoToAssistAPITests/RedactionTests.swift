import Testing
@testable import GoToAssistAPI

struct RedactionTests {
    @Test func secretQueryParametersAreMasked() {
        #expect(Redaction.url("https://h/p?oauth_token=abc&q=x&userToken=u1") == "https://h/p?oauth_token=****&q=x&userToken=****")
        #expect(Redaction.url("https://h/p") == "https://h/p")
    }

    @Test func proxySettingsHonourNoProxyAndLoopback() throws {
        let settings = try ProxySettings.from(environment: [
            "HTTPS_PROXY": "http://user:pw@proxy.corp:3128", "NO_PROXY": "internal.example,.corp.example",
        ])
        #expect(settings.https?.host == "proxy.corp")
        #expect(settings.https?.port == 3128)
        #expect(settings.https?.username == "user")
        #expect(settings.server(for: try #require(ParsedURL("https://api.getgo.com/x")))?.host == "proxy.corp")
        #expect(settings.server(for: try #require(ParsedURL("https://a.internal.example/x"))) == nil)
        #expect(settings.server(for: try #require(ParsedURL("https://b.corp.example/x"))) == nil)
        #expect(settings.server(for: try #require(ParsedURL("http://127.0.0.1:9/x"))) == nil)
        #expect(throws: APIError.self) { try ProxySettings.from(environment: ["https_proxy": "ftp://x"]) }
    }
}
