/// Partner-system links and the mock partner helpdesk.
extension SimulatorState {
    /// The caller's links for `domain`, compared case-insensitively.
    func systemLinks(domain: String, caller: Caller) -> [WireSystemLink] {
        let owner = expert(for: caller).userKey
        return world.systemLinks
            .filter { $0.ownerKey == owner && $0.systemDomain.caseInsensitiveCompare(domain) == .orderedSame }
            .map(WireSystemLink.init)
    }

    /// Inserts or replaces the link keyed by (caller, systemName, systemDomain), case-insensitively.
    func upsertSystemLink(_ link: SystemLink, caller: Caller) -> WireSystemLink {
        var link = link
        link.ownerKey = expert(for: caller).userKey
        let existing = world.systemLinks.firstIndex {
            $0.ownerKey == link.ownerKey && $0.systemName.caseInsensitiveCompare(link.systemName) == .orderedSame
                && $0.systemDomain.caseInsensitiveCompare(link.systemDomain) == .orderedSame
        }
        if let existing {
            world.systemLinks[existing] = link
        } else {
            world.systemLinks.append(link)
        }
        return WireSystemLink(link)
    }

    // MARK: - Partner helpdesk

    private func requirePartnerToken(_ token: String?) throws {
        guard token == world.partnerUserToken else {
            throw SimulatorError.unauthorized("Unknown userToken")
        }
    }

    func ticketURL(_ id: Int) -> String {
        "https://\(WorldGenerator.partnerDomain)/tickets/\(id)"
    }

    /// The searchObjects callback: a page of tickets matching `query`.
    func searchTickets(userToken: String?, query: String, limit: Int, offset: Int) throws -> [WirePartnerTicket] {
        try requirePartnerToken(userToken)
        return world.tickets.filter { $0.matches(query) }.dropFirst(offset).prefix(limit).map {
            WirePartnerTicket(
                partnerObject: String($0.id), partnerObjectUrl: ticketURL($0.id), title: $0.title, description: $0.body
            )
        }
    }

    /// The createObject callback: opens a ticket and links it to the session.
    func createTicket(userToken: String?, sessionId: Int, title: String, body: String) throws -> WirePartnerTicket {
        try requirePartnerToken(userToken)
        guard let index = world.sessionIndexByID[sessionId] else {
            throw SimulatorError.notFound("No session \(sessionId)")
        }
        let id = world.nextTicketID
        world.nextTicketID += 1
        let requester = world.sessions[index].customerName ?? "Unknown requester"
        world.tickets.append(PartnerTicket(id: id, title: title, body: body, requester: requester, status: "new"))
        world.sessions[index].partnerObject = String(id)
        world.sessions[index].partnerObjectUrl = ticketURL(id)
        return WirePartnerTicket(partnerObject: String(id), partnerObjectUrl: ticketURL(id), title: title)
    }

    /// The associateObject callback: links an existing ticket to the session.
    func associateTicket(userToken: String?, sessionId: Int, partnerObject: String) throws {
        try requirePartnerToken(userToken)
        guard let index = world.sessionIndexByID[sessionId] else {
            throw SimulatorError.notFound("No session \(sessionId)")
        }
        guard let id = Int(partnerObject), world.tickets.contains(where: { $0.id == id }) else {
            throw SimulatorError.notFound("No ticket \(partnerObject)")
        }
        world.sessions[index].partnerObject = String(id)
        world.sessions[index].partnerObjectUrl = ticketURL(id)
    }
}
