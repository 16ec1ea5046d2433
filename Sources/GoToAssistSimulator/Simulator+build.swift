import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// Builds the simulator as a Hummingbird application, ready for `app.test(.router)`,
/// `app.test(.live)` or `app.run()`.
///
/// The world is generated from `configuration.seed` before this returns. Churn (when
/// `configuration.churn > 0`) runs as a service of the application, so it only ticks while the
/// application runs.
public func buildSimulator(_ configuration: SimulatorConfiguration, logger: Logger) -> some ApplicationProtocol {
    let state = SimulatorState(configuration: configuration, logger: logger, rootURL: "http://localhost")
    return buildSimulatorApplication(state: state, logger: logger) { _ in }
}

/// The shared builder behind `buildSimulator` and `SimulatorServer`; `onBound` receives the port.
func buildSimulatorApplication(
    state: SimulatorState, logger: Logger, onBound: @escaping @Sendable (Int) async -> Void
) -> Application<RouterResponder<SimulatorRequestContext>> {
    let configuration = state.configuration
    let router = Router(context: SimulatorRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: RequestLogMiddleware(state: state))
    router.add(middleware: ErrorEnvelopeMiddleware())

    let stringify = configuration.stringifyIDs
    let api = router.group("G2A/rest/v1").add(middleware: APIGateMiddleware(state: state))
    let sessions = SessionsController(state: state, stringifyIDs: stringify)
    sessions.addRoutes(to: api)
    sessions.addLauncherRoute(to: router)
    CompaniesController(state: state, stringifyIDs: stringify).addRoutes(to: api)
    RecordingsController(state: state, stringifyIDs: stringify).addRoutes(to: api)
    RecordingLifecycleController(state: state).addRoutes(to: api)
    SystemLinksController(state: state, stringifyIDs: stringify).addRoutes(to: api)
    RecordingFilesController(state: state, seed: configuration.seed).addRoutes(to: router)
    PartnerTicketsController(state: state).addRoutes(to: router)
    OAuthController(state: state, clientID: configuration.clientID, clientSecret: configuration.clientSecret)
        .addRoutes(to: router)
    AuthorizeController(state: state, clientID: configuration.clientID).addRoutes(to: router)
    ControlController(state: state, stringifyIDs: stringify)
        .addRoutes(to: router.group("_sim").add(middleware: LoopbackOnlyMiddleware()))
    KnownRoutes.addMethodNotAllowedRoutes(to: router)

    var services: [any Service] = []
    if configuration.churn > 0 { services.append(ChurnService(state: state)) }
    let host = configuration.host
    return Application(
        router: router,
        configuration: .init(address: .hostname(host, port: configuration.port), serverName: "GoToAssistSimulator"),
        services: services,
        onServerRunning: { channel in
            let port = channel.localAddress?.port ?? configuration.port
            await state.setRootURL("http://\(host.contains(":") ? "[\(host)]" : host):\(port)")
            await onBound(port)
        },
        logger: logger
    )
}
