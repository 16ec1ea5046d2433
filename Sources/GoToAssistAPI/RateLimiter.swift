/// Keeps one process under the API's request rate, shared by every caller of a client.
///
/// A token bucket that reserves slots in arrival order: a caller that must wait learns how long
/// at once and sleeps outside the actor, so a burst is spread evenly instead of retried. The
/// burst size is half the rate, leaving the server's bucket (API-FACTS §4.5: 10/s) headroom for
/// network jitter, so a burst of requests never draws a 429.
public actor RateLimiter {
    private let rate: Double
    private let capacity: Double
    private var available: Double
    private var last: Double?
    private let clock: ClientClock

    /// Creates a limiter of `requestsPerSecond` (at least 0.1).
    public init(requestsPerSecond: Double, clock: ClientClock = .live) {
        rate = max(0.1, requestsPerSecond)
        capacity = max(1, (max(0.1, requestsPerSecond) / 2).rounded(.down))
        available = capacity
        self.clock = clock
    }

    /// Waits until one more request may be sent.
    public func acquire() async throws {
        let wait = reserve()
        if wait > 0 { try await clock.sleep(wait) }
    }

    private func reserve() -> Double {
        let now = clock.monotonic()
        if let last { available = min(capacity, available + (now - last) * rate) }
        last = now
        available -= 1
        return available >= 0 ? 0 : -available / rate
    }
}
