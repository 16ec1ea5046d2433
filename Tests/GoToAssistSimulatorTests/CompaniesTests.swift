import Foundation
import GoToAssistSimulator
import HummingbirdTesting
import Testing

struct CompaniesTests {
    @Test func defaultListingIsFirstFiftyByNameWithTrueTotal() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.api("/companies")
            #expect(response.status == .ok)
            let object = try response.object()
            #expect(object["totalNumCompanies"] as? Int == 120)
            let companies = try #require(object["companies"] as? [[String: Any]])
            #expect(companies.count == 50)
            #expect(companies.allSatisfy { isJSONNumber($0["companyId"]) && $0["companyName"] is String })
            let names = companies.compactMap { ($0["companyName"] as? String)?.lowercased() }
            #expect(names == names.sorted())
        }
    }

    @Test func pagingWalksEveryCompanyOnce() async throws {
        try await SimTest.withRouter { client in
            var ids: [Int] = []
            var offset = 0
            while true {
                let response = try await client.api("/companies?limit=50&offset=\(offset)&sortField=companyId&sortOrder=desc")
                let page = try #require(try response.object()["companies"] as? [[String: Any]])
                if page.isEmpty { break }
                ids += page.compactMap { $0["companyId"] as? Int }
                offset += 50
            }
            #expect(ids.count == 120)
            #expect(ids == ids.sorted(by: >))
        }
    }

    @Test func searchIsCaseInsensitiveContains() async throws {
        try await SimTest.withRouter { client in
            let all = try #require(try await client.api("/companies").object()["companies"] as? [[String: Any]])
            let name = try #require(all.first?["companyName"] as? String)
            let fragment = String(name.prefix(4)).uppercased()
            let response = try await client.api("/companies?q=\(fragment.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)")
            let matches = try #require(try response.object()["companies"] as? [[String: Any]])
            #expect(matches.contains { $0["companyName"] as? String == name })
        }
    }

    @Test func noMatchesIs404NotAnEmptyList() async throws {
        try await SimTest.withRouter { client in
            let response = try await client.api("/companies?q=zzzz-no-such-company")
            #expect(response.status == .notFound)
            #expect(try response.errorCode() == "NotFound")
        }
    }

    @Test func offsetPastTheEndIsAnEmptyPageWithTheTrueTotal() async throws {
        try await SimTest.withRouter { client in
            let object = try await client.api("/companies?offset=500").object()
            #expect(object["totalNumCompanies"] as? Int == 120)
            #expect((object["companies"] as? [Any])?.isEmpty == true)
        }
    }

    @Test(arguments: [
        "limit=51", "limit=0", "limit=-1", "limit=ten", "offset=-1", "offset=x", "sortField=companySize",
        "sortOrder=up",
    ])
    func invalidPagingOrSortingIs400(_ query: String) async throws {
        try await SimTest.withRouter { client in
            let response = try await client.api("/companies?\(query)")
            #expect(response.status == .badRequest)
            #expect(try response.errorCode() == "InvalidRequest")
        }
    }

    @Test func machinesHaveDocumentedFieldsAndUnknownCompanyIs404() async throws {
        try await SimTest.withRouter { client in
            let companies = try #require(
                try await client.api("/companies?sortField=companyId").object()["companies"] as? [[String: Any]]
            )
            var sawMachines = false
            var sawEmpty = false
            for company in companies {
                let id = try #require(company["companyId"] as? Int)
                let response = try await client.api("/companies/\(id)/machines")
                if response.status == .notFound {
                    sawEmpty = true
                    continue
                }
                let object = try response.object()
                let machines = try #require(object["machines"] as? [[String: Any]])
                #expect(object["totalNumMachines"] as? Int == machines.count)
                for machine in machines {
                    #expect(machine["machineUuid"] is String && machine["machineName"] is String && machine["dnsName"] is String)
                    #expect((machine["ipAddresses"] as? [String])?.isEmpty == false)
                    #expect(["ONLINE", "OFFLINE", "BLOCKED", "REMOVED"].contains(machine["machineStatus"] as? String ?? ""))
                    #expect(machine["companyId"] as? Int == id)
                }
                sawMachines = true
            }
            #expect(sawMachines && sawEmpty)
            #expect(try await client.api("/companies/1/machines").status == .notFound)
            #expect(try await client.api("/companies/\(companies[0]["companyId"]!)/machines?limit=99").status == .badRequest)
        }
    }
}
