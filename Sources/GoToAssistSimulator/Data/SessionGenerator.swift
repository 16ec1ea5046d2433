/// Generates the session history: ended sessions over the last 30 days plus a handful of live ones.
///
/// Times are produced in ascending order slot by slot, so no sort is needed even for 100,000
/// sessions; per-session work avoids string formatting beyond the token and email.
struct SessionGenerator {
    let configuration: SimulatorConfiguration
    let now: Int64
    let experts: [Expert]
    let companies: [Company]
    let tickets: [PartnerTicket]

    private var hostile: Bool { configuration.scenario == .hostile }

    func generate() -> [SessionRecord] {
        let total = max(0, configuration.sessionCount)
        let liveCount = min(total, 6)
        let endedCount = total - liveCount
        var rng = SeededGenerator(seed: configuration.seed, stream: 6)
        let customers = NamePools.customerNames.map { name in
            (name, NamePools.emailLocalPart(name).map { "\($0)@example.org" })
        }
        let machines = companies.flatMap { company in
            company.machines.map { MachineRef(uuid: $0.uuid, name: $0.name, companyName: company.name) }
        }
        var sessions: [SessionRecord] = []
        sessions.reserveCapacity(total)
        var nextID = 500_000_000 + Int(rng.next() % 1_000_000)
        var hostileSlot = 0

        // Ended sessions: from 30 days ago (plus a margin) up to two hours ago.
        let start = now - WorldGenerator.retention + 3600
        let span = max(Int64(1), now - 7200 - start)
        let slot = max(Int64(1), span / Int64(max(endedCount, 1)))
        for index in 0..<endedCount {
            let startedAt = start + Int64(index) * span / Int64(max(endedCount, 1)) + Int64(rng.next() % UInt64(slot))
            var session = base(serial: sessions.count, createdAt: startedAt - Int64(rng.int(in: 5...120)), rng: &rng)
            session.sessionId = nextID
            nextID += 1 + Int(rng.next() % 7)
            session.startedAt = startedAt
            if rng.chance(0.8) {
                session.status = .complete
                let joined = startedAt + Int64(rng.int(in: 20...300))
                session.customerJoinedAt = joined
                session.endedAt = joined + Int64(rng.int(in: 180...5400))
                if rng.chance(0.2) {
                    session.sessionRecordingUrl = "https://app.gotoassist.com/sessions/\(session.sessionId!)/recording"
                }
            } else {
                session.status = .abandoned
                session.endedAt = startedAt + Int64(rng.int(in: 120...600))
            }
            decorate(&session, rng: &rng, customers: customers, machines: machines, hostileSlot: &hostileSlot)
            sessions.append(session)
        }

        // Live sessions: a few of each state, all within the last 40 minutes, oldest first.
        let liveStatuses: [SessionStatus] = [.active, .active, .waiting, .waiting, .notStarted, .active]
        var live: [SessionRecord] = []
        for index in 0..<liveCount {
            let status = liveStatuses[index % liveStatuses.count]
            var session = base(serial: 0, createdAt: now, rng: &rng)
            session.status = status
            switch status {
            case .active:
                let startedAt = now - Int64(rng.int(in: 600...2400))
                session.createdAt = startedAt - 30
                session.startedAt = startedAt
                session.customerJoinedAt = startedAt + Int64(rng.int(in: 30...180))
            case .waiting:
                session.startedAt = now - Int64(rng.int(in: 60...480))
                session.createdAt = session.startedAt! - 20
            default:
                session.createdAt = now - Int64(rng.int(in: 60...300))
            }
            if status != .notStarted {
                session.sessionId = nextID
                nextID += 1 + Int(rng.next() % 7)
            }
            decorate(&session, rng: &rng, customers: customers, machines: machines, hostileSlot: &hostileSlot)
            if hostile {
                session.customerName = HostileStrings.value(hostileSlot)
                hostileSlot += 1
            }
            live.append(session)
        }
        live.sort { $0.windowTime < $1.windowTime }
        for var session in live {
            session.serial = sessions.count
            sessions.append(session)
        }
        return sessions
    }

    private func base(serial: Int, createdAt: Int64, rng: inout SeededGenerator) -> SessionRecord {
        SessionRecord(
            serial: serial,
            sessionId: nil,
            sessionToken: "e0-" + SeededGenerator.hex16(rng.next()) + SeededGenerator.hex16(rng.next()),
            sessionStartToken: 100_000_000 + Int(rng.next() % 900_000_000),
            status: .notStarted,
            createdAt: createdAt,
            expert: Int(rng.next() % UInt64(experts.count))
        )
    }

    private func decorate(
        _ session: inout SessionRecord, rng: inout SeededGenerator, customers: [(String, String?)],
        machines: [MachineRef], hostileSlot: inout Int
    ) {
        let roll = rng.next()
        if !machines.isEmpty, roll % 100 < 15 {
            session.machine = machines[Int((roll >> 8) % UInt64(machines.count))]
        } else if roll % 100 < 95 {
            let customer = customers[Int((roll >> 8) % UInt64(customers.count))]
            session.customerName = customer.0
            if (roll >> 40) % 10 < 7 { session.customerEmail = customer.1 }
        }
        if (roll >> 20) % 10 < 3, !tickets.isEmpty {
            let ticket = tickets[Int((roll >> 24) % UInt64(tickets.count))]
            session.partnerObject = String(ticket.id)
            session.partnerObjectUrl = "https://\(WorldGenerator.partnerDomain)/tickets/\(ticket.id)"
        }
        if (roll >> 32) % 4 == 0 {
            session.notes = NamePools.notes[Int((roll >> 48) % UInt64(NamePools.notes.count))]
        }
        if (roll >> 36) % 10 == 0, experts.count > 1 {
            let other = (session.expert + 1 + Int((roll >> 52) % UInt64(experts.count - 1))) % experts.count
            session.collaborators = [other]
        }
        if hostile, (roll >> 44) % 9 == 0 {
            session.customerName = HostileStrings.value(hostileSlot)
            session.notes = HostileStrings.value(hostileSlot + 3)
            hostileSlot += 1
        }
    }
}
