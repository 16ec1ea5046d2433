/// All mutable simulated data: the account, its people, companies, sessions, recordings and the
/// partner helpdesk. Regenerated from the seed on start and on `/_sim/reset`.
struct SimulatorWorld: Sendable {
    var accountKey: Int
    var accountName: String
    var experts: [Expert]
    var companies: [Company]
    /// Sessions in creation order; `serial` equals the index.
    var sessions: [SessionRecord]
    var sessionIndexByID: [Int: Int]
    var sessionIndexByToken: [String: Int]
    var recordings: [Recording]
    var tickets: [PartnerTicket]
    var systemLinks: [SystemLink]
    var partnerUserToken: String
    var nextSessionID: Int
    var nextTicketID: Int

    /// The session with `sessionId` or `sessionToken` equal to `key`.
    func sessionIndex(forKey key: String) -> Int? {
        if let id = Int(key), let index = sessionIndexByID[id] { return index }
        return sessionIndexByToken[key]
    }

    /// The machine with `uuid`, with its company.
    func machine(uuid: String) -> (Machine, Company)? {
        for company in companies {
            if let machine = company.machines.first(where: { $0.uuid.caseInsensitiveCompare(uuid) == .orderedSame }) {
                return (machine, company)
            }
        }
        return nil
    }
}
