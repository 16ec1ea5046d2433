import ArgumentParser
import Dispatch
import Foundation
import GoToAssistSimulator
import Logging

/// `g2a-dash sim`: serves the API simulator until SIGINT or SIGTERM.
struct SimCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sim",
        abstract: "Run the GoToAssist API simulator (and a partner ticket system) on this machine.",
        discussion: "Prints `base-url:` and `token:` lines, then serves until interrupted.")

    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(parsing: .unconditional, help: "Port to listen on (0 picks a free one).") var port = 0
    @Option(help: "Seed for the generated data.") var seed: UInt64 = 1
    @Option(parsing: .unconditional, help: "Number of sessions.") var sessions = 200
    @Option(parsing: .unconditional, help: "Number of companies.") var companies = 120
    @Option(parsing: .unconditional, help: "Number of recordings.") var recordings = 300
    @Option(parsing: .unconditional, help: "Session status changes per second (0 freezes the lifecycle).") var churn = 0.0
    @Option(help: "Data scenario: standard or hostile.") var scenario: SimulatorScenario = .standard
    @Option(help: "The access token the simulator accepts (a test value, not a real credential).")
    var token = "sim-token"
    @Option(name: .customLong("latency-ms"), parsing: .unconditional, help: "Delay added to every API answer.") var latencyMs = 0
    @Option(name: .customLong("error-rate"), parsing: .unconditional, help: "Fraction (0…1) of API calls answered with 500.") var errorRate = 0.0
    @Option(help: "Inject a fault: malformed-json, drop-connection, slow-body or expired-token.")
    var fault: SimulatorFault?
    @Option(name: .customLong("log-level"), help: "Log level for stderr.") var logLevel: Logger.Level = .warning
    @Option(name: .customLong("recording-size-mb"),
            help: ArgumentHelp("Sizes of the recordings' MP4 files in MB, e.g. 4-8 (default about 0.06-4).", valueName: "min-max"))
    var recordingSizeMB: String?
    @Option(name: .customLong("rate-limit"), parsing: .unconditional, help: "API requests per second allowed per token.") var rateLimit = 10
    @Option(name: .customLong("transcode-delay"), parsing: .unconditional,
            help: ArgumentHelp("Seconds from a transcode request until the recording is ready for download.", valueName: "seconds"))
    var transcodeDelay = 30
    @Option(name: .customLong("token-shape"),
            help: "Token answers like the v2 proxy (v2) or the current identity service (current: scope, principal, refresh without refresh_token).")
    var tokenShape: SimulatorTokenShape = .v2

    /// `--recording-size-mb MIN-MAX` in bytes (MB = 1,000,000 bytes), or nil when not given.
    func recordingSizeRange() throws -> ClosedRange<Int>? {
        guard let recordingSizeMB else { return nil }
        let parts = recordingSizeMB.split(separator: "-", maxSplits: 1).map { Double($0) }
        let low = parts.first ?? nil
        let high = parts.count == 2 ? parts[1] : low
        guard let low, let high, low > 0, high >= low, high <= 100_000 else {
            throw ValidationError("--recording-size-mb takes MIN-MAX in MB, e.g. 4-8")
        }
        return Int(low * 1_000_000)...Int(high * 1_000_000)
    }

    func validate() throws {
        try OptionRange.check(port, "--port", 0...65_535)
        try OptionRange.check(sessions, "--sessions", 0...2_000_000)
        try OptionRange.check(companies, "--companies", 0...100_000)
        try OptionRange.check(recordings, "--recordings", 0...1_000_000)
        try OptionRange.check(churn, "--churn", 0...1_000)
        try OptionRange.check(errorRate, "--error-rate", 0...1)
        try OptionRange.check(latencyMs, "--latency-ms", 0...600_000)
        try OptionRange.check(rateLimit, "--rate-limit", 1...100_000)
        try OptionRange.check(transcodeDelay, "--transcode-delay", 0...86_400)
        _ = try recordingSizeRange()
    }

    func run() async throws {
        var logger = Logger(label: "g2a-dash.sim") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = logLevel
        var configuration = SimulatorConfiguration(
            host: host, port: port, seed: seed, sessionCount: sessions, companyCount: companies,
            recordingCount: recordings, churn: churn, scenario: scenario, tokens: [token],
            latencyMs: latencyMs, errorRate: errorRate, fault: fault, rateLimitPerSecond: rateLimit)
        if let sizes = try recordingSizeRange() { configuration.recordingSizeRange = sizes }
        configuration.transcodeDelaySeconds = transcodeDelay
        configuration.tokenShape = tokenShape
        let server = try await SimulatorServer.start(configuration, logger: logger)
        // Written unbuffered: a script reading these lines must see them before serving starts.
        let banner = "base-url: \(server.baseURL)\ntoken: \(token)\npartner-domain: \(server.partnerDomain)\n"
        FileHandle.standardOutput.write(Data(banner.utf8))
        let signals = SignalWatcher(signals: [SIGINT, SIGTERM]) { _ in Task { await server.stop() } }
        await server.waitUntilStopped()
        signals.cancel()
        if let signal = signals.received { throw SignalExit(signal: signal) }
    }
}

extension SimulatorScenario: ExpressibleByArgument {}
extension SimulatorFault: ExpressibleByArgument {}
extension SimulatorTokenShape: ExpressibleByArgument {}
