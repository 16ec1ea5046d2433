import Foundation

/// Builds a `SimulatorWorld` deterministically from a configuration and a sim-clock instant.
///
/// Each area draws from its own seeded stream, so changing e.g. the recording count never shifts
/// the sessions a given seed produces.
struct WorldGenerator {
    static let retention: Int64 = 30 * 86_400
    static let partnerDomain = "helpdesk.example.com"

    let configuration: SimulatorConfiguration
    let now: Int64
    let rootURL: String

    private var hostile: Bool { configuration.scenario == .hostile }

    func generate() -> SimulatorWorld {
        var rng = SeededGenerator(seed: configuration.seed, stream: 1)
        let accountKey = 1_000_000_000_000 + Int(rng.next() % 8_000_000_000_000)
        let experts = makeExperts()
        let companies = makeCompanies()
        let tickets = makeTickets()
        let userToken = SeededGenerator.hex16(rng.next()).uppercased() + SeededGenerator.hex16(rng.next())
            .uppercased().prefix(18)
        let sessions = SessionGenerator(
            configuration: configuration, now: now, experts: experts, companies: companies, tickets: tickets
        ).generate()
        var byID: [Int: Int] = [:]
        var byToken: [String: Int] = [:]
        byID.reserveCapacity(sessions.count)
        byToken.reserveCapacity(sessions.count)
        var maxID = 500_000_000
        for session in sessions {
            if let id = session.sessionId {
                byID[id] = session.serial
                maxID = max(maxID, id)
            }
            byToken[session.sessionToken] = session.serial
        }
        let link = SystemLink(
            ownerKey: experts[0].userKey, systemName: "Example Helpdesk", systemDomain: Self.partnerDomain,
            userEmail: experts[0].email, userToken: userToken, callbackURL: rootURL + "/partner/tickets",
            createObject: true, searchObjects: true, associateObject: true
        )
        return SimulatorWorld(
            accountKey: accountKey,
            accountName: "Example Support Desk",
            experts: experts,
            companies: companies,
            sessions: sessions,
            sessionIndexByID: byID,
            sessionIndexByToken: byToken,
            recordings: makeRecordings(experts: experts, companies: companies),
            tickets: tickets,
            systemLinks: [link],
            partnerUserToken: userToken,
            nextSessionID: maxID + 11,
            nextTicketID: (tickets.last?.id ?? 455) + 1
        )
    }

    // MARK: - Experts

    private func makeExperts() -> [Expert] {
        var rng = SeededGenerator(seed: configuration.seed, stream: 2)
        var experts: [Expert] = []
        func userKey() -> String {
            String(1_000_000_000_000_000 + Int(rng.next() % 8_000_000_000_000_000))
        }
        for user in configuration.users {
            experts.append(Expert(userKey: userKey(), name: "\(user.firstName) \(user.lastName)", email: user.email))
        }
        let generatedCount = max(0, 8 - experts.count)
        for index in 0..<generatedCount {
            var name = NamePools.expertNames[index % NamePools.expertNames.count]
            let local = NamePools.emailLocalPart(name) ?? "expert\(index)"
            if hostile, index == 1 { name = HostileStrings.value(1) }
            experts.append(Expert(userKey: userKey(), name: name, email: "\(local)@support.example.com"))
        }
        return experts
    }

    // MARK: - Companies and machines

    private func makeCompanies() -> [Company] {
        var rng = SeededGenerator(seed: configuration.seed, stream: 3)
        var names: [String] = []
        var used = Set<String>()
        let stems = NamePools.companyStems
        let suffixes = NamePools.companySuffixes
        let combos = stems.count * suffixes.count
        var cursor = Int(rng.next() % UInt64(combos))
        for index in 0..<configuration.companyCount {
            var name: String
            if hostile, index % 12 == 3 {
                name = HostileStrings.value(index / 12)
            } else if index < combos {
                // Walk the combinations with a stride coprime to their count, so names never repeat.
                repeat {
                    cursor = (cursor + 37) % combos
                    name = stems[cursor % stems.count] + " " + suffixes[cursor / stems.count]
                } while used.contains(name)
            } else {
                name = stems[index % stems.count] + " " + suffixes[index % suffixes.count] + " #\(index)"
            }
            used.insert(name)
            names.append(name)
        }
        var companies: [Company] = []
        var nextID = 40_000 + Int(rng.next() % 1000)
        for name in names {
            let id = nextID
            nextID += 1 + Int(rng.next() % 9)
            let machineCount = rng.chance(0.12) ? 0 : rng.int(in: 1...8)
            let slug = NamePools.emailLocalPart(name)?.replacingOccurrences(of: ".", with: "-") ?? "company\(id)"
            var machines: [Machine] = []
            for m in 0..<machineCount {
                let prefix = rng.pick(NamePools.machinePrefixes)
                let machineName = "\(prefix)-\(String(format: "%02d", m + 1))"
                let uuid = Self.uuid(rng.next(), rng.next())
                let statusRoll = rng.next() % 20
                let status = statusRoll < 12 ? "ONLINE" : statusRoll < 17 ? "OFFLINE" : statusRoll < 19 ? "BLOCKED" : "REMOVED"
                var ips = ["10.\(rng.int(in: 0...255)).\(rng.int(in: 0...255)).\(rng.int(in: 2...254))"]
                if rng.chance(0.3) { ips.append("192.168.\(rng.int(in: 0...255)).\(rng.int(in: 2...254))") }
                machines.append(
                    Machine(
                        uuid: uuid, name: machineName, dnsName: "\(machineName.lowercased()).\(slug.prefix(40)).local",
                        ipAddresses: ips, status: status, companyId: id
                    )
                )
            }
            companies.append(Company(id: id, name: name, machines: machines))
        }
        return companies
    }

    /// Formats 128 bits as an RFC 4122 version-4-looking UUID string.
    static func uuid(_ a: UInt64, _ b: UInt64) -> String {
        let hex = SeededGenerator.hex16(a) + SeededGenerator.hex16(b)
        let chars = Array(hex)
        return String(chars[0..<8]) + "-" + String(chars[8..<12]) + "-4" + String(chars[13..<16]) + "-a"
            + String(chars[17..<20]) + "-" + String(chars[20..<32])
    }

    // MARK: - Recordings

    private func makeRecordings(experts: [Expert], companies: [Company]) -> [Recording] {
        var rng = SeededGenerator(seed: configuration.seed, stream: 4)
        let count = max(0, configuration.recordingCount)
        let span: Int64 = 60 * 86_400
        let start = now - span
        let withMachines = companies.filter { !$0.machines.isEmpty }
        var recordings: [Recording] = []
        recordings.reserveCapacity(count)
        var nextID = 900_000 + Int(rng.next() % 1000)
        for index in 0..<count {
            let slot = span / Int64(max(count, 1))
            let time = start + Int64(index) * slot + Int64(rng.next() % UInt64(max(slot, 1)))
            let unattended = !withMachines.isEmpty && rng.chance(0.25)
            let size = rng.int(in: configuration.recordingSizeRange)
            recordings.append(
                Recording(
                    id: nextID, startTime: min(time, now - 600), size: size, unattended: unattended,
                    companyId: unattended ? rng.pick(withMachines).id : nil, userKey: rng.pick(experts).userKey,
                    archived: rng.chance(0.2), readyForDownload: !rng.chance(0.15)
                )
            )
            nextID += 1 + Int(rng.next() % 4)
        }
        return recordings
    }

    // MARK: - Partner tickets

    private func makeTickets() -> [PartnerTicket] {
        var rng = SeededGenerator(seed: configuration.seed, stream: 5)
        var tickets: [PartnerTicket] = []
        var id = 456
        for index in 0..<60 {
            var title = NamePools.ticketTitles[(index * 7 + Int(rng.next() % 3)) % NamePools.ticketTitles.count]
            if hostile, index % 10 == 4 { title = HostileStrings.value(index / 10 + 2) }
            let requester = rng.pick(NamePools.customerNames)
            let body = "\(requester) reports: \(title.prefix(200)). Reported from desk \(rng.int(in: 1...400))."
            tickets.append(
                PartnerTicket(id: id, title: title, body: body, requester: requester, status: rng.pick(NamePools.ticketStatuses))
            )
            id += 1 + Int(rng.next() % 3)
        }
        return tickets
    }
}
