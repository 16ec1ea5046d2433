import Testing
@testable import GoToAssistAPI

/// The limiter spreads a burst so the server's 10 requests/s bucket never overflows.
struct RateLimiterTests {
    @Test func burstIsSpreadToTheConfiguredRate() async throws {
        let clock = ManualClock()
        let limiter = RateLimiter(requestsPerSecond: 10, clock: clock.clock)
        var times: [Double] = []
        for _ in 0..<50 {
            try await limiter.acquire()
            times.append(clock.clock.monotonic())
        }
        // 5 at once (half the rate: headroom for jitter), then one every 100 ms.
        #expect(times.prefix(5).allSatisfy { $0 == 0 })
        let last = try #require(times.last)
        #expect(abs(last - 4.5) < 0.001)
        // No one-second window ever holds more than 10 + burst requests.
        for (i, t) in times.enumerated() {
            let inWindow = times[i...].prefix { $0 < t + 1 }.count
            #expect(inWindow <= 15)
        }
    }

    @Test func idleTimeRefillsTheBucketUpToItsCapacity() async throws {
        let clock = ManualClock()
        let limiter = RateLimiter(requestsPerSecond: 10, clock: clock.clock)
        for _ in 0..<5 { try await limiter.acquire() }
        clock.advance(60)
        let before = clock.sleeps.count
        for _ in 0..<5 { try await limiter.acquire() }
        #expect(clock.sleeps.count == before)
        try await limiter.acquire()
        #expect(clock.sleeps.count == before + 1)
    }
}
