/// The fault knobs that `PUT /_sim/faults` can change at runtime.
struct FaultSettings: Sendable, Equatable {
    var latencyMs: Int
    var errorRate: Double
    var fault: SimulatorFault?
    var rateLimitPerSecond: Int

    init(_ configuration: SimulatorConfiguration) {
        latencyMs = configuration.latencyMs
        errorRate = configuration.errorRate
        fault = configuration.fault
        rateLimitPerSecond = configuration.rateLimitPerSecond
    }
}
