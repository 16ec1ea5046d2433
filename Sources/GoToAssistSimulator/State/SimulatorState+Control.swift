/// Fields `POST /_sim/sessions` may set; anything absent is generated.
struct ScriptedSession: Sendable {
    var status: SessionStatus?
    var customerName: String?
    var customerEmail: String?
    var expertName: String?
    var expertEmail: String?
    var partnerObject: String?
    var partnerObjectUrl: String?
    var notes: String?
    var callbackURL: String?
    var machineUuid: String?
    var createdAt: Double?
    var startedAt: Double?
    var customerJoinedAt: Double?
    var endedAt: Double?
}

/// The `/_sim/` control surface: scripted sessions and manual lifecycle steps.
extension SimulatorState {
    /// Creates a session with the given fields, filling the rest, and returns it.
    func createScriptedSession(_ script: ScriptedSession) throws -> WireSession {
        var expert = Int(churnRNG.next() % UInt64(world.experts.count))
        if let name = script.expertName ?? script.expertEmail {
            if let match = world.experts.firstIndex(where: { $0.name == name || $0.email == name }) {
                expert = match
            } else {
                let key = String(1_000_000_000_000_000 + Int(churnRNG.next() % 8_000_000_000_000_000))
                let email = script.expertEmail ?? (NamePools.emailLocalPart(name).map { "\($0)@support.example.com" }
                    ?? "expert\(world.experts.count)@support.example.com")
                world.experts.append(Expert(userKey: key, name: script.expertName ?? email, email: email))
                expert = world.experts.count - 1
            }
        }
        var machine: MachineRef?
        if let uuid = script.machineUuid {
            guard let (found, company) = world.machine(uuid: uuid) else {
                throw SimulatorError.notFound("No machine \(uuid)")
            }
            machine = MachineRef(uuid: found.uuid, name: found.name, companyName: company.name)
        }
        let customerName = script.customerName ?? (machine == nil ? churnRNG.pick(NamePools.customerNames) : nil)
        let index = appendSession(
            expert: expert, customerName: customerName, customerEmail: script.customerEmail,
            partnerObject: script.partnerObject, partnerObjectUrl: script.partnerObjectUrl, machine: machine,
            callbackURL: script.callbackURL, notes: script.notes
        )
        let target = script.status ?? .waiting
        if target != .notStarted {
            advance(sessionAt: index, to: target)
        }
        // Explicit timestamps override the generated ones, so tests can place sessions in the past.
        var session = world.sessions[index]
        if let value = script.createdAt { session.createdAt = Int64(value) }
        if let value = script.startedAt, session.startedAt != nil { session.startedAt = Int64(value) }
        if let value = script.customerJoinedAt, session.customerJoinedAt != nil { session.customerJoinedAt = Int64(value) }
        if let value = script.endedAt, session.endedAt != nil { session.endedAt = Int64(value) }
        world.sessions[index] = session
        return controlView(of: session)
    }

    /// Advances a session by id or token, to `target` or to its next status.
    func advanceSession(key: String, to target: SessionStatus?) throws -> WireSession {
        guard let index = world.sessionIndex(forKey: key) else {
            throw SimulatorError.notFound("No session \(key)")
        }
        let current = world.sessions[index].status
        guard let destination = target ?? current.next else {
            throw SimulatorError.invalidRequest("Session \(key) has already ended")
        }
        guard advance(sessionAt: index, to: destination) else {
            throw SimulatorError.invalidRequest("Cannot move a \(current.rawValue) session to \(destination.rawValue)")
        }
        return controlView(of: world.sessions[index])
    }

    /// The session as the API shows it, plus its `sessionToken`.
    private func controlView(of session: SessionRecord) -> WireSession {
        var wire = WireSession(session, world: world)
        wire.sessionToken = session.sessionToken
        return wire
    }
}
