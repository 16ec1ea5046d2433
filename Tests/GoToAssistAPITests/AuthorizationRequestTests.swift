import Foundation
import Testing
@testable import GoToAssistAPI

/// PKCE, the authorize URL, the check of what comes back, and GUID-shaped machine ids.
struct AuthorizationRequestTests {
    static let pkce = PKCE(verifier: "sim-test-verifier-0123456789-abcdefghijklmnopqrstuvwxyz", state: "st-42")
    static let request = AuthorizationRequest(
        authorizeURL: "https://authentication.logmeininc.com/oauth/authorize", clientID: "dash client",
        redirectURI: "http://127.0.0.1:50123/callback", pkce: pkce)

    @Test func theChallengeIsS256OfTheVerifierAndFreshPairsDiffer() {
        // base64url(SHA-256(verifier)), computed independently with Python's hashlib.
        #expect(Self.pkce.challenge == "AU_o5raObasYfDDnhKvGWYxma_LKUP0ntKivwcjSHds")
        let a = PKCE(), b = PKCE()
        #expect(a.verifier.count == 43 && a.state.count == 43)
        #expect(a.verifier != b.verifier && a.state != b.state && a.verifier != a.state)
        #expect(a.verifier.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
    }

    @Test func theURLCarriesEverythingButTheVerifier() {
        let url = Self.request.url
        #expect(url.hasPrefix("https://authentication.logmeininc.com/oauth/authorize?response_type=code&client_id=dash%20client&"))
        #expect(url.contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A50123%2Fcallback"))
        #expect(url.contains("state=st-42") && url.contains("code_challenge=\(Self.pkce.challenge)&code_challenge_method=S256"))
        #expect(!url.contains(Self.pkce.verifier))
    }

    @Test func aPastedAddressOrCodeGivesTheCodeAndAWrongStateIsRefused() throws {
        #expect(try Self.request.code(fromPasted: "  http://127.0.0.1:50123/callback?code=ac-1%2B2&state=st-42\n") == "ac-1+2")
        #expect(try Self.request.code(fromPasted: "ac-123") == "ac-123")
        #expect(try Self.request.code(fromQuery: ["code": "ac-9", "state": "st-42"]) == "ac-9")
        let stale = #expect(throws: AuthorizationRequest.Refusal.self) {
            try Self.request.code(fromPasted: "http://127.0.0.1:50123/callback?code=ac-1&state=older")
        }
        #expect(stale?.description.contains("state does not match") == true)
        #expect(stale?.description.contains("ac-1") == false, "the refusal never repeats the code")
        let denied = #expect(throws: AuthorizationRequest.Refusal.self) {
            try Self.request.code(fromQuery: ["error": "access_denied", "state": "st-42"])
        }
        #expect(denied?.description.contains("access_denied") == true)
        #expect(throws: AuthorizationRequest.Refusal.self) { try Self.request.code(fromPasted: "   ") }
    }

    @Test func aBracedUpperCaseGUIDMachineUuidIsKeptExactly() throws {
        let guid = "{89E6A014-B71B-4937-B142-69ADA09B5C13}"
        let page = try APIJSON.decode(MachinePage.self, from: Array(#"{"totalNumMachines":1,"machines":[{"machineUuid":"\#(guid)","machineStatus":"Online","companyId":7}]}"#.utf8))
        #expect(page.machines.first?.machineUuid == guid)
        let body = String(decoding: try APIJSON.encode(StartSessionRequest(customerName: "Bob", customerEmail: "", machineUuid: guid)), as: UTF8.self)
        #expect(body.contains(#""machineUuid":"\#(guid)""#))
    }
}
