/// Session lifecycle: transitions, status callbacks and the churn that keeps a demo alive.
extension SimulatorState {
    /// Moves a session forward until it reaches `target`, one status at a time, sending a callback
    /// for each change. Returns false when `target` is not ahead of the current status.
    @discardableResult
    func advance(sessionAt index: Int, to target: SessionStatus) -> Bool {
        guard world.sessions[index].status.canAdvance(to: target) else { return false }
        while world.sessions[index].status != target {
            let current = world.sessions[index].status
            let step: SessionStatus = current == .waiting && target == .abandoned ? .abandoned : (current.next ?? target)
            apply(step, toSessionAt: index)
        }
        return true
    }

    /// Applies exactly one status change and its timestamps.
    func apply(_ status: SessionStatus, toSessionAt index: Int) {
        let now = clock.nowSeconds()
        var session = world.sessions[index]
        switch status {
        case .waiting:
            startIfNeeded(&session, at: now)
        case .active:
            startIfNeeded(&session, at: now)
            session.customerJoinedAt = max(now, session.startedAt ?? now)
        case .complete:
            startIfNeeded(&session, at: now)
            if session.customerJoinedAt == nil { session.customerJoinedAt = session.startedAt }
            session.endedAt = max(now, session.customerJoinedAt ?? now)
        case .abandoned:
            startIfNeeded(&session, at: now)
            session.endedAt = max(now, session.startedAt ?? now)
        case .notStarted:
            break
        }
        session.status = status
        session.autoStartAt = nil
        world.sessions[index] = session
        if status.isLive { liveSessions.insert(index) } else { liveSessions.remove(index) }
        sendCallback(for: session)
    }

    private func startIfNeeded(_ session: inout SessionRecord, at now: Int64) {
        guard session.sessionId == nil else { return }
        let id = world.nextSessionID
        world.nextSessionID += 1 + Int(churnRNG.next() % 7)
        session.sessionId = id
        session.startedAt = now
        world.sessionIndexByID[id] = session.serial
    }

    /// Queues a fire-and-forget POST of the session to its callback URL, if it has one.
    private func sendCallback(for session: SessionRecord) {
        guard let url = session.callbackURL, session.sessionId != nil else { return }
        let wire = WireSession(session, world: world)
        let body = JSONResponse.encode(wire, stringifyIDs: configuration.stringifyIDs)
        callbackCounter += 1
        let key = callbackCounter
        callbackLog.append(
            CallbackLogEntry(
                key: key, url: url, sessionId: wire.sessionId, status: session.status.rawValue, delivered: false
            )
        )
        if callbackLog.count > Self.callbackLogLimit {
            callbackLog.removeFirst(callbackLog.count - Self.callbackLogLimit)
        }
        let sender = callbackSender
        callbackTasks[key] = Task {
            let delivered = await sender.send(url, body)
            await self.finishCallback(key: key, delivered: delivered)
        }
    }

    private func finishCallback(key: Int, delivered: Bool) {
        callbackTasks[key] = nil
        if let index = callbackLog.lastIndex(where: { $0.key == key }) {
            callbackLog[index].delivered = delivered
        }
        if !delivered {
            logger.debug("Status callback not delivered", metadata: ["callback.key": "\(key)"])
        }
    }

    /// Cancels callbacks still in flight; used when the server stops.
    func cancelCallbacks() {
        for task in callbackTasks.values { task.cancel() }
        callbackTasks = [:]
    }

    // MARK: - Churn

    /// Advances the world by `seconds` of churn: starts due sessions, applies about
    /// `configuration.churn` transitions per second, and creates sessions so some stay live.
    func churnTick(seconds: Double) {
        guard configuration.churn > 0 else { return }
        let now = clock.nowSeconds()
        for index in liveSessions.sorted() {
            if let due = world.sessions[index].autoStartAt, due <= now {
                apply(.waiting, toSessionAt: index)
            }
        }
        churnCredit += configuration.churn * seconds
        while churnCredit >= 1 {
            churnCredit -= 1
            let candidates = liveSessions.sorted().filter { world.sessions[$0].autoStartAt == nil }
            if candidates.count < 3 || churnRNG.chance(0.2) {
                createChurnSession()
                continue
            }
            let index = candidates[Int(churnRNG.next() % UInt64(candidates.count))]
            switch world.sessions[index].status {
            case .notStarted: apply(.waiting, toSessionAt: index)
            case .waiting: apply(churnRNG.chance(0.75) ? .active : .abandoned, toSessionAt: index)
            case .active: apply(.complete, toSessionAt: index)
            case .complete, .abandoned: break
            }
        }
    }

    /// Adds a freshly started session so the demo always has something live.
    private func createChurnSession() {
        let name = churnRNG.pick(NamePools.customerNames)
        let index = appendSession(
            expert: Int(churnRNG.next() % UInt64(world.experts.count)), customerName: name,
            customerEmail: NamePools.emailLocalPart(name).map { "\($0)@example.org" }
        )
        apply(.waiting, toSessionAt: index)
    }

    /// Appends a new `notStarted` session and returns its index.
    func appendSession(
        expert: Int, customerName: String? = nil, customerEmail: String? = nil, partnerObject: String? = nil,
        partnerObjectUrl: String? = nil, machine: MachineRef? = nil, callbackURL: String? = nil, notes: String? = nil
    ) -> Int {
        let index = world.sessions.count
        let token = "e0-" + SeededGenerator.hex16(churnRNG.next()) + SeededGenerator.hex16(churnRNG.next())
        let session = SessionRecord(
            serial: index, sessionId: nil, sessionToken: token,
            sessionStartToken: 100_000_000 + Int(churnRNG.next() % 900_000_000), status: .notStarted,
            createdAt: clock.nowSeconds(), expert: expert, customerName: customerName, customerEmail: customerEmail,
            partnerObject: partnerObject, partnerObjectUrl: partnerObjectUrl, machine: machine, notes: notes,
            callbackURL: callbackURL
        )
        world.sessions.append(session)
        world.sessionIndexByToken[token] = index
        liveSessions.insert(index)
        return index
    }
}
