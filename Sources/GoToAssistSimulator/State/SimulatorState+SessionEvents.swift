/// Chat transcripts, made up from the session's own timeline so they agree with it.
extension SimulatorState {
    private static let expertLines = [
        "Hi, I'm connecting to your screen now.", "Can you see the prompt to allow control?",
        "Thanks, I can see your desktop.", "I'm restarting the print spooler.", "Please try printing again.",
        "That should be fixed. Anything else?",
    ]
    private static let customerLines = [
        "Hello!", "Yes, I clicked allow.", "The printer still says offline.", "It printed, thank you!",
        "Könnten Sie das bitte wiederholen?", "ありがとうございます", "No, that's all. 👍",
    ]

    /// The transcript of the session with id or token `key`; nil when there is no such session.
    func sessionEvents(forKey key: String) -> [WireSessionEvent]? {
        guard let index = world.sessionIndex(forKey: key) else { return nil }
        let session = world.sessions[index]
        guard let started = session.startedAt else { return [] }
        let hostile = configuration.scenario == .hostile
        let expert = world.experts[session.expert].name
        let customer = session.customerName ?? "Customer"
        var events = [WireSessionEvent(time: WireTime.format(started), from: "system", text: "\(expert) started the session")]
        guard let joined = session.customerJoinedAt else {
            if let ended = session.endedAt {
                events.append(WireSessionEvent(time: WireTime.format(ended), from: "system", text: "the customer did not join"))
            }
            return events
        }
        events.append(WireSessionEvent(time: WireTime.format(joined), from: "system", text: "\(customer) joined"))
        let end = session.endedAt ?? max(joined + 1, clock.nowSeconds())
        var rng = SeededGenerator(seed: SeededGenerator.hash(configuration.seed, UInt64(session.serial), 0xE7))
        let count = 3 + Int(rng.next() % 5)
        let step = max(1, (end - joined) / Int64(count + 1))
        for line in 0..<count {
            let time = WireTime.format(joined + step * Int64(line + 1))
            if line % 2 == 0 {
                events.append(WireSessionEvent(time: time, from: "expert", fromName: expert,
                                               text: Self.expertLines[Int(rng.next() % UInt64(Self.expertLines.count))]))
            } else {
                let text = hostile && line == 1
                    ? HostileStrings.value(session.serial)
                    : Self.customerLines[Int(rng.next() % UInt64(Self.customerLines.count))]
                events.append(WireSessionEvent(time: time, from: "customer", fromName: customer, text: text))
            }
        }
        if let ended = session.endedAt {
            events.append(WireSessionEvent(time: WireTime.format(ended), from: "system", text: "the session ended"))
        }
        return events
    }
}
