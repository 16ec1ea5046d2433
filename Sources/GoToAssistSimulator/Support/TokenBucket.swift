/// A token bucket: `capacity` requests at once, refilled at `capacity` per second (API-FACTS 4.5).
///
/// Runs on real monotonic time, not the sim clock, so advancing the sim clock never refills it.
struct TokenBucket: Sendable {
    private var tokens: Double
    private var last: ContinuousClock.Instant

    init(capacity: Int) {
        self.tokens = Double(capacity)
        self.last = .now
    }

    /// Takes one token if available; returns false when the caller is over the limit.
    mutating func take(capacity: Int) -> Bool {
        let now = ContinuousClock.now
        let elapsed = now - last
        last = now
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        tokens = min(Double(capacity), tokens + seconds * Double(capacity))
        guard tokens >= 1 else { return false }
        tokens -= 1
        return true
    }
}
