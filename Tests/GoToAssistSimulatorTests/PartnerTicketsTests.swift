import Foundation
import GoToAssistSimulator
import HummingbirdTesting
import Testing

struct PartnerTicketsTests {
    static func userToken(_ client: any TestClientProtocol) async throws -> String {
        let links = try await client.api("/systemLinks?systemDomain=helpdesk.example.com").array()
        return try #require(links.first?["userToken"] as? String)
    }

    static func startedSessionID(_ client: any TestClientProtocol) async throws -> Int {
        let session = try await client.send("/_sim/sessions", method: .post, json: #"{"status":"active"}"#).object()
        return try #require(session["sessionId"] as? Int)
    }

    @Test func searchReturnsMatchingTicketsCaseInsensitively() async throws {
        try await SimTest.withRouter { client in
            let token = try await Self.userToken(client)
            let page = try await client.send("/partner/tickets?userToken=\(token)").array()
            #expect(page.count == 10)
            for ticket in page {
                #expect(ticket["partnerObject"] is String)
                #expect((ticket["partnerObjectUrl"] as? String)?.hasPrefix("https://helpdesk.example.com/tickets/") == true)
                #expect(ticket["title"] is String)
            }
            let printers = try await client.send("/partner/tickets/?userToken=\(token)&q=PRINTER&limit=5").array()
            #expect(!printers.isEmpty && printers.count <= 5)
            let byId = try await client.send("/partner/tickets?userToken=\(token)&q=456").array()
            #expect(byId.contains { $0["partnerObject"] as? String == "456" })
            let none = try await client.send("/partner/tickets?userToken=\(token)&q=zzzzqqq")
            #expect(none.text == "[]")
        }
    }

    @Test func unknownUserTokenIs401() async throws {
        try await SimTest.withRouter { client in
            #expect(try await client.send("/partner/tickets?userToken=wrong").status == .unauthorized)
            let post = try await client.send(
                "/partner/tickets", method: .post, json: #"{"sessionId":1,"userToken":"wrong","title":"t","body":"b"}"#
            )
            #expect(post.status == .unauthorized)
        }
    }

    @Test func creatingATicketLinksItToTheSession() async throws {
        try await SimTest.withRouter { client in
            let token = try await Self.userToken(client)
            let sessionId = try await Self.startedSessionID(client)
            let response = try await client.send(
                "/partner/tickets", method: .post,
                json: #"{"sessionId":"\#(sessionId)","userToken":"\#(token)","title":"Printer on fire","body":"Smoke"}"#
            )
            #expect(response.status == .ok)
            let ticket = try response.object()
            let object = try #require(ticket["partnerObject"] as? String)
            #expect(ticket["title"] as? String == "Printer on fire")
            let session = try await client.api("/sessions/\(sessionId)").object()
            #expect(session["partnerObject"] as? String == object)
            #expect(session["partnerObjectUrl"] as? String == ticket["partnerObjectUrl"] as? String)
            let found = try await client.send("/partner/tickets?userToken=\(token)&q=on%20fire").array()
            #expect(found.first?["partnerObject"] as? String == object)
        }
    }

    @Test func associatingATicketUpdatesTheSession() async throws {
        try await SimTest.withRouter { client in
            let token = try await Self.userToken(client)
            let sessionId = try await Self.startedSessionID(client)
            let tickets = try await client.send("/partner/tickets?userToken=\(token)&offset=1&limit=1").array()
            let ticket = try #require(tickets.first?["partnerObject"] as? String)
            let response = try await client.send(
                "/partner/tickets", method: .put,
                json: #"{"sessionId":\#(sessionId),"userToken":"\#(token)","partnerObject":"\#(ticket)"}"#
            )
            #expect(response.status == .noContent)
            let session = try await client.api("/sessions/\(sessionId)").object()
            #expect(session["partnerObject"] as? String == ticket)
            #expect(session["partnerObjectUrl"] as? String == "https://helpdesk.example.com/tickets/\(ticket)")

            let unknown = try await client.send(
                "/partner/tickets", method: .put, json: #"{"sessionId":1,"userToken":"\#(token)","partnerObject":"\#(ticket)"}"#
            )
            #expect(unknown.status == .notFound)
            let bad = try await client.send("/partner/tickets", method: .put, json: #"{"userToken":"\#(token)"}"#)
            #expect(bad.status == .badRequest)
        }
    }
}
