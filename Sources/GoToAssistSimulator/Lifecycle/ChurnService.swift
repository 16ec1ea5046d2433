import ServiceLifecycle

/// Drives session churn while the server runs: every ~250 ms it asks the state to apply the
/// transitions due for the elapsed time. Stops on graceful shutdown or cancellation.
struct ChurnService: Service {
    static let tick: Duration = .milliseconds(250)

    let state: SimulatorState

    func run() async throws {
        try? await cancelWhenGracefulShutdown {
            let clock = ContinuousClock()
            var last = clock.now
            while !Task.isCancelled {
                try await Task.sleep(for: Self.tick)
                let now = clock.now
                let elapsed = (now - last).components
                last = now
                await state.churnTick(seconds: Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)
            }
        }
        await state.cancelCallbacks()
    }
}
