import Logging
import ServiceLifecycle

/// A simulator listening on a socket.
///
/// `start` returns once the socket is bound; `stop` shuts the server down (idempotently) and
/// `waitUntilStopped` suspends until that has happened, for a foreground `g2a-dash sim`.
public final class SimulatorServer: Sendable {
    /// The bound TCP port.
    public let port: Int
    /// The partner helpdesk's registered user token (the seeded system link's `userToken`).
    public let partnerUserToken: String
    /// The configuration the server was started with.
    public let configuration: SimulatorConfiguration
    private let host: String
    private let state: SimulatorState
    private let serviceGroup: ServiceGroup
    private let runTask: Task<Void, Never>

    private init(
        port: Int, host: String, partnerUserToken: String, configuration: SimulatorConfiguration,
        state: SimulatorState, serviceGroup: ServiceGroup, runTask: Task<Void, Never>
    ) {
        self.state = state
        self.serviceGroup = serviceGroup
        self.port = port
        self.host = host
        self.partnerUserToken = partnerUserToken
        self.configuration = configuration
        self.runTask = runTask
    }

    /// Generates the world, binds the socket and starts serving; returns once the socket is bound.
    ///
    /// Throws `SimulatorStartError` if the server stops before binding (e.g. the port is in use).
    public static func start(_ configuration: SimulatorConfiguration, logger: Logger) async throws -> SimulatorServer {
        let state = SimulatorState(configuration: configuration, logger: logger, rootURL: "http://localhost")
        let (bound, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = buildSimulatorApplication(state: state, logger: logger) { port in
            continuation.yield(port)
        }
        // Our own group, with no signal handlers: the caller decides what SIGINT/SIGTERM mean.
        let serviceGroup = ServiceGroup(
            configuration: .init(services: [app], gracefulShutdownSignals: [], logger: logger)
        )
        let runTask = Task {
            do {
                try await serviceGroup.run()
            } catch {
                logger.error("Simulator stopped with an error", metadata: ["error": "\(error)"])
            }
            continuation.finish()
        }
        var iterator = bound.makeAsyncIterator()
        guard let port = await iterator.next() else {
            throw SimulatorStartError(host: configuration.host, port: configuration.port)
        }
        logger.info("Simulator listening", metadata: ["host": "\(configuration.host)", "port": "\(port)"])
        return SimulatorServer(
            port: port, host: configuration.host, partnerUserToken: await state.partnerUserToken(),
            configuration: configuration, state: state, serviceGroup: serviceGroup,
            runTask: runTask
        )
    }

    /// `http://HOST:PORT`.
    public var rootURL: String {
        "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
    }

    /// The API base URL, `http://HOST:PORT/G2A/rest/v1`.
    public var baseURL: String { rootURL + "/G2A/rest/v1" }

    /// Where the mock partner helpdesk listens; the seeded system link points here.
    public var partnerCallbackURL: String { rootURL + "/" + PartnerTicketsController.path }

    /// The seeded system link's `systemDomain`.
    public var partnerDomain: String { WorldGenerator.partnerDomain }

    /// Stops serving gracefully (in-flight requests finish, idle connections close) and waits until
    /// the server has shut down; calling it again does nothing.
    public func stop() async {
        await serviceGroup.triggerGracefulShutdown()
        await runTask.value
        await state.cancelCallbacks()
    }

    /// Suspends until the server has stopped (after `stop()` from another task).
    public func waitUntilStopped() async {
        await runTask.value
    }
}

/// The simulator could not bind its socket.
public struct SimulatorStartError: Error, CustomStringConvertible, Sendable {
    /// The host that was requested.
    public var host: String
    /// The port that was requested.
    public var port: Int

    /// A human-readable summary.
    public var description: String { "The simulator could not listen on \(host):\(port)" }
}
