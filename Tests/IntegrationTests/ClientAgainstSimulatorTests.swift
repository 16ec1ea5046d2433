import Foundation
import GoToAssistAPI
import GoToAssistSimulator
import Testing

/// The real client against the simulator over a loopback socket: every endpoint's success path.
@Suite(.serialized) struct ClientAgainstSimulatorTests {
    @Test func sessionsCountMatchesTheEnvelopeAndDecodeFully() async throws {
        try await withSimulator { sim in
            let list = try await sim.client().sessions(from: .minutesAgo(31 * 24 * 60), to: Date().addingTimeInterval(3600))
            #expect(list.sessions.count == list.totalNumSessions)
            #expect(list.sessions.count > 50)
            let statuses = Set(list.sessions.map(\.status))
            #expect(statuses.isSuperset(of: [.complete, .abandoned]))
            #expect(list.sessions.allSatisfy { if case .other = $0.status { false } else { true } })
            let complete = try #require(list.sessions.first { $0.status == .complete })
            #expect(complete.sessionId != nil && complete.startedAt != nil && complete.endedAt != nil)
            let notStarted = list.sessions.filter { $0.status == .notStarted }
            #expect(notStarted.allSatisfy { $0.startedAt == nil && $0.sessionId == nil })
        }
    }

    @Test func stringifiedIdsDecodeTheSame() async throws {
        try await withSimulator({ $0.stringifyIDs = true }) { sim in
            let list = try await sim.client().sessions(from: .minutesAgo(31 * 24 * 60), to: Date())
            #expect(list.sessions.contains { $0.sessionId != nil && $0.accountKey != nil })
            let companies = try await sim.client().allCompanies()
            #expect(companies.count == 120)
        }
    }

    @Test func companiesWalkAllPagesSortAndSearch() async throws {
        try await withSimulator({ $0.companyCount = 137 }) { sim in
            let client = try sim.client()
            let all = try await client.allCompanies()
            #expect(all.count == 137)
            #expect(Set(all.map(\.companyId)).count == 137)
            let names = all.compactMap(\.companyName)
            // The simulator's documented order: lowercased name, ties by id (API-FACTS §8b).
            let lowered = names.map { $0.lowercased() }
            #expect(lowered == lowered.sorted())
            let byIdDesc = try await client.allCompanies(sortField: .companyId, sortOrder: .desc)
            let ids = byIdDesc.compactMap { Int($0.companyId) }
            #expect(ids == ids.sorted(by: >))
            let first = try await client.companies(CompanyQuery(limit: 50))
            #expect(first.companies.count == 50 && first.totalNumCompanies == 137)
            let needle = String(try #require(all.first?.companyName).prefix(4)).uppercased()
            let found = try await client.allCompanies(search: needle)
            #expect(!found.isEmpty)
            #expect(found.allSatisfy { $0.companyName?.uppercased().contains(needle) == true })
            // "No companies found" is a 404 on the wire and an empty list here.
            #expect(try await client.allCompanies(search: "zz-no-such-company-zz").isEmpty)
        }
    }

    @Test func machinesOfACompanyDecode() async throws {
        try await withSimulator { sim in
            let client = try sim.client()
            var found: [Machine] = []
            for company in try await client.allCompanies().prefix(20) where found.isEmpty {
                found = try await client.allMachines(companyId: company.companyId)
            }
            let machine = try #require(found.first)
            #expect(!machine.machineUuid.isEmpty)
            #expect(["ONLINE", "OFFLINE", "BLOCKED", "REMOVED"].contains(machine.machineStatus?.uppercased() ?? ""))
            #expect(try await client.machines(companyId: "999999999").machines.isEmpty)
        }
    }

    @Test func recordingsListAndDownloadLinks() async throws {
        try await withSimulator { sim in
            let client = try sim.client()
            let account = try #require(try await client.sessions(from: .minutesAgo(31 * 24 * 60), to: Date()).sessions.compactMap(\.accountKey).first)
            let list = try await client.recordings(RecordingQuery(owner: .accountKey(account)))
            #expect(!list.readyForDownload.isEmpty)
            let archived = try await client.recordings(RecordingQuery(owner: .accountKey(account), archived: true))
            #expect(Set(archived.readyForDownload).isDisjoint(with: list.readyForDownload))
            let unattended = try await client.recordings(RecordingQuery(owner: .accountKey(account), unattended: true, timePeriodDays: 60))
            #expect(unattended.readyForDownload.count + unattended.readyForTranscode.count
                    <= list.readyForDownload.count + list.readyForTranscode.count)
            let ids = Array(list.readyForDownload.prefix(3)) + Array(list.readyForTranscode.prefix(2))
            let links = try await client.recordingURLs(ids: ids)
            // Not-ready ids are silently left out.
            #expect(Set(links.map(\.recordingId)) == Set(list.readyForDownload.prefix(3)))
            let link = try #require(links.first)
            #expect(link.recordingSize ?? 0 > 0)
            let file = try await sim.transport.send(HTTPRequestSpec(method: "GET", url: link.recordingUrl))
            #expect(file.status == 200)
            #expect(Int64(file.body.count) == link.recordingSize)
            await #expect(throws: APIError.self) {
                try await client.recordings(RecordingQuery(owner: .accountKey("123")))
            }
        }
    }

    @Test func systemLinksListAndUpsert() async throws {
        try await withSimulator { sim in
            let client = try sim.client()
            let links = try await client.systemLinks(domain: sim.server.partnerDomain.uppercased())
            let link = try #require(links.first)
            #expect(link.callbackURL == sim.server.partnerCallbackURL)
            var changed = link
            changed.callbackURL = sim.server.rootURL + "/elsewhere"
            changed.userToken = "new-partner-token"
            _ = try await client.registerSystemLink(changed)
            let after = try await client.systemLinks(domain: sim.server.partnerDomain)
            #expect(after.count == links.count)
            #expect(after.contains { $0.callbackURL == sim.server.rootURL + "/elsewhere" })
            var bad = link
            bad.userEmail = "not-an-email"
            await #expect(throws: APIError.self) { try await client.registerSystemLink(bad) }
            #expect(try await client.systemLinks(domain: "nobody.example").isEmpty)
        }
    }

    @Test func startedSessionAppearsOnceTheExpertStartsIt() async throws {
        try await withSimulator { sim in
            let client = try sim.client()
            let started = try await client.startSession(StartSessionRequest(customerName: "Zoë Test", customerEmail: "zoe@example.com",
                                                                            partnerObject: "T-42"))
            #expect(started.launchUrl.hasPrefix("https://"))
            let token = try #require(started.sessionToken)
            try await sim.control("POST", "sessions/\(token)/advance")
            let list = try await client.sessions(from: .minutesAgo(5), to: Date().addingTimeInterval(60))
            let session = try #require(list.sessions.first { $0.customerName == "Zoë Test" })
            #expect(session.status == .waiting)
            #expect(session.sessionId != nil)
            #expect(session.partnerObject == "T-42")
            do {
                _ = try await client.startSession(StartSessionRequest(machineUuid: "00000000-0000-0000-0000-000000000000"))
                Issue.record("an unknown machine must be refused")
            } catch let error as APIError {
                #expect(error.status == 404, "\(error)")
            }
        }
    }

    @Test func browserSessionReturnsTheLaunchURL() async throws {
        try await withSimulator { sim in
            let url = try await sim.client(token: "not-needed").browserSessionURL(BrowserSessionRequest(partnerObject: "456"))
            #expect(url.contains("launch.html?token=e0-"))
        }
    }

    @Test func partnerTicketsSearchCreateAndAssociate() async throws {
        try await withSimulator { sim in
            let client = try sim.client()
            let link = try #require(try await client.systemLinks(domain: sim.server.partnerDomain).first)
            let partner = try PartnerTicketClient(link: link, transport: sim.transport, logger: sim.logger)
            let page = try await partner.search(query: nil)
            #expect(page.count == PartnerTicketClient.pageSize)
            let second = try await partner.search(query: nil, offset: 10)
            #expect(Set(page.map(\.partnerObject)).isDisjoint(with: second.map(\.partnerObject)))
            let first = try #require(page.first)
            let word = try #require(first.title?.split(separator: " ").max { $0.count < $1.count }).uppercased()
            let matches = try await partner.search(query: word)
            #expect(matches.contains { $0.partnerObject == first.partnerObject })
            #expect(try await partner.search(query: "zz-nothing-matches-zz").isEmpty)
            let sessions = try await client.sessions(from: .minutesAgo(31 * 24 * 60), to: Date()).sessions
            let target = try #require(sessions.first { $0.sessionId != nil && $0.partnerObject == nil })
            let ticket = try await partner.create(sessionId: target.sessionId!, title: "Printer on fire", body: "Again")
            #expect(!ticket.partnerObject.isEmpty)
            let other = try #require(sessions.first { $0.sessionId != nil && $0.sessionId != target.sessionId })
            try await partner.associate(sessionId: other.sessionId!, partnerObject: ticket.partnerObject)
            let after = try await client.sessions(from: .minutesAgo(31 * 24 * 60), to: Date()).sessions
            #expect(after.first { $0.sessionId == target.sessionId }?.partnerObject == ticket.partnerObject)
            #expect(after.first { $0.sessionId == other.sessionId }?.partnerObject == ticket.partnerObject)
            var wrong = link
            wrong.userToken = "wrong-token"
            let refused = try PartnerTicketClient(link: wrong, transport: sim.transport, logger: sim.logger)
            await #expect(throws: APIError.self) { try await refused.search(query: nil) }
        }
    }
}
