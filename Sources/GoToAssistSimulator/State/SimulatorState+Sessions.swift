/// What POST /sessions asked for, after the controller normalised `""` to absent.
struct NewSessionRequest: Sendable {
    var callbackURL: String?
    var partnerObject: String?
    var partnerObjectUrl: String?
    var customerName: String?
    var customerEmail: String?
    var machineUuid: String?
}

/// Sessions: listing by time window, creation, and lookup.
extension SimulatorState {
    static let launchHost = "launch.g2a-sim.example"

    /// Sessions whose start (or creation, if never started) lies in `[from, to]`, oldest first.
    ///
    /// Ended sessions older than the 30-day retention are left out (API-FACTS 6.1).
    func sessions(from: Double, to: Double) -> [WireSession] {
        let cutoff = clock.nowSeconds() - WorldGenerator.retention
        var matches: [(Int64, Int)] = []
        for session in world.sessions {
            let time = Double(session.windowTime)
            guard time >= from, time <= to else { continue }
            if let ended = session.endedAt, ended < cutoff { continue }
            matches.append((session.windowTime, session.serial))
        }
        matches.sort { $0 < $1 }
        return matches.map { WireSession(world.sessions[$0.1], world: world) }
    }

    /// One session by `sessionId` or `sessionToken`.
    func session(forKey key: String) -> WireSession? {
        world.sessionIndex(forKey: key).map { WireSession(world.sessions[$0], world: world) }
    }

    /// Creates a `notStarted` session for the caller and returns its launch URL and token.
    ///
    /// With churn enabled the session starts itself a few seconds later, as if the expert clicked.
    func createSession(_ request: NewSessionRequest, caller: Caller) throws -> WireStartScreenSharing {
        var machine: MachineRef?
        if let uuid = request.machineUuid {
            guard let (found, company) = world.machine(uuid: uuid) else {
                throw SimulatorError.notFound("No machine with machineUuid \(uuid) in an accessible account")
            }
            machine = MachineRef(uuid: found.uuid, name: found.name, companyName: company.name)
        }
        let index = appendSession(
            expert: min(caller.user, world.experts.count - 1), customerName: request.customerName,
            customerEmail: request.customerEmail, partnerObject: request.partnerObject,
            partnerObjectUrl: request.partnerObjectUrl, machine: machine, callbackURL: request.callbackURL
        )
        if configuration.churn > 0 {
            world.sessions[index].autoStartAt = clock.nowSeconds() + 3
        }
        let token = world.sessions[index].sessionToken
        return WireStartScreenSharing(
            startScreenSharing: .init(launchUrl: Self.launchURL(token: token), sessionToken: token)
        )
    }

    /// A fresh launch URL for GET /session, which creates nothing the API can list.
    func browserLaunchURL() -> String {
        Self.launchURL(token: "e0-" + SeededGenerator.hex16(churnRNG.next()) + SeededGenerator.hex16(churnRNG.next()))
    }

    static func launchURL(token: String) -> String {
        "https://\(launchHost)/launch.html?token=\(token)"
    }
}
