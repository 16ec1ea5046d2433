import Foundation
import GoToAssistSimulator
import HummingbirdTesting
import Testing

struct SystemLinksTests {
    static let link = #"""
        {"systemName":"The Company","systemDomain":"theCompany.com","userEmail":"valid.org@email.com",
         "userToken":"F5EE645AAA87462523475FFF8576348574","callbackURL":"https://api.theCompany.com/g2a_prefix",
         "supportedCallbacks":{"createObject":true,"searchObjects":true,"associateObject":false}}
        """#

    @Test func seededLinkPointsAtThePartnerHelpdesk() async throws {
        try await SimTest.withRouter { client in
            let links = try await client.api("/systemLinks?systemDomain=HELPDESK.example.com").array()
            #expect(links.count == 1)
            let link = try #require(links.first)
            #expect(link["systemDomain"] as? String == "helpdesk.example.com")
            #expect((link["callbackURL"] as? String)?.hasSuffix("/partner/tickets") == true)
            #expect(link["userToken"] is String && link["userEmail"] as? String == "tech@example.com")
            let callbacks = try #require(link["supportedCallbacks"] as? [String: Any])
            #expect(callbacks["createObject"] as? Bool == true)
        }
    }

    @Test func unknownDomainIsAnEmptyArrayAndMissingDomainIs400() async throws {
        try await SimTest.withRouter { client in
            let empty = try await client.api("/systemLinks?systemDomain=nobody.example")
            #expect(empty.status == .ok)
            #expect(empty.text == "[]")
            let missing = try await client.api("/systemLinks")
            #expect(missing.status == .badRequest)
        }
    }

    @Test func postingUpsertsOnNameAndDomainCaseInsensitively() async throws {
        try await SimTest.withRouter { client in
            let created = try await client.api("/systemLinks", method: .post, json: Self.link)
            #expect(created.status == .ok)
            #expect(try created.object()["systemName"] as? String == "The Company")
            let changed = Self.link.replacingOccurrences(of: "\"The Company\"", with: "\"the company\"")
                .replacingOccurrences(of: "theCompany.com\",\"userEmail", with: "THECOMPANY.COM\",\"userEmail")
                .replacingOccurrences(of: "g2a_prefix", with: "v2")
            #expect(try await client.api("/systemLinks", method: .post, json: changed).status == .ok)
            let links = try await client.api("/systemLinks?systemDomain=thecompany.com").array()
            #expect(links.count == 1)
            #expect(links.first?["callbackURL"] as? String == "https://api.theCompany.com/v2")
            let callbacks = try #require(links.first?["supportedCallbacks"] as? [String: Any])
            #expect(callbacks["associateObject"] as? Bool == false)
        }
    }

    @Test(arguments: [
        #"{"systemName":"X","systemDomain":"x.com","userEmail":"a@b.com","userToken":"t"}"#,
        #"{"systemName":"X","systemDomain":"x.com","userEmail":"not-email","userToken":"t","callbackURL":"https://x.com"}"#,
        #"{"systemName":"X","systemDomain":"x.com","userEmail":"a@b.com","userToken":"t","callbackURL":"ftp://x.com"}"#,
        #"{"systemName":"","systemDomain":"x.com","userEmail":"a@b.com","userToken":"t","callbackURL":"https://x.com"}"#,
        "not json",
    ])
    func invalidLinksAre400(_ body: String) async throws {
        try await SimTest.withRouter { client in
            let response = try await client.api("/systemLinks", method: .post, json: body)
            #expect(response.status == .badRequest)
            #expect(try response.errorCode() == "InvalidRequest")
        }
    }
}
