/// The simulator's notion of "now": real elapsed time plus an offset that `/_sim/clock/advance` moves.
///
/// Token expiry, URL expiry, lifecycle timestamps and retention all read this clock, so a test can
/// jump two days ahead without waiting.
struct SimClock: Sendable {
    private let startSim: Double
    private let startReal: ContinuousClock.Instant
    private(set) var offset: Double = 0

    init(start: Double) {
        self.startSim = start
        self.startReal = .now
    }

    /// Sim-clock epoch seconds, with fractions.
    func now() -> Double {
        let elapsed = ContinuousClock.now - startReal
        let components = elapsed.components
        return startSim + Double(components.seconds) + Double(components.attoseconds) / 1e18 + offset
    }

    /// Sim-clock epoch seconds, truncated to whole seconds as the wire shows them.
    func nowSeconds() -> Int64 {
        Int64(now().rounded(.down))
    }

    /// Moves the clock forward (or back, for a negative value).
    mutating func advance(by seconds: Double) {
        offset += seconds
    }
}
