import Foundation
import Logging

/// The single owner of everything mutable in one simulator: the world, the clock, credentials,
/// rate-limit buckets, fault settings and the request and callback logs.
///
/// An actor rather than locks so every endpoint sees a consistent world; handlers copy wire values
/// out and encode JSON outside the actor.
actor SimulatorState {
    static let requestLogLimit = 2_000
    static let callbackLogLimit = 1_000

    let configuration: SimulatorConfiguration
    let logger: Logger
    let callbackSender: CallbackSender
    var world: SimulatorWorld
    var rootURL: String
    var clock: SimClock
    var faults: FaultSettings
    var errorRNG: SeededGenerator
    var churnRNG: SeededGenerator
    var churnCredit = 0.0
    var liveSessions: Set<Int> = []
    var issuedTokens: [String: IssuedToken] = [:]
    /// Refresh token → the access token it was issued with.
    var refreshTokens: [String: String] = [:]
    var tokenCounter: UInt64 = 0
    /// Authorization codes not yet redeemed, by code.
    var authorizationCodes: [String: AuthorizationCode] = [:]
    var buckets: [String: TokenBucket] = [:]
    var requestLog: [RequestLogEntry] = []
    var callbackLog: [CallbackLogEntry] = []
    var callbackTasks: [Int: Task<Void, Never>] = [:]
    var callbackCounter = 0
    /// Recording id → simulator time (seconds) at which its requested transcode completes.
    var transcodeDueAt: [Int: Int64] = [:]

    init(
        configuration: SimulatorConfiguration, logger: Logger, rootURL: String,
        callbackSender: CallbackSender = .live
    ) {
        self.configuration = configuration
        self.logger = logger
        self.rootURL = rootURL
        self.callbackSender = callbackSender
        let start = configuration.clockStart?.timeIntervalSince1970 ?? Date().timeIntervalSince1970
        self.clock = SimClock(start: start)
        self.faults = FaultSettings(configuration)
        self.errorRNG = SeededGenerator(seed: configuration.seed, stream: 100)
        self.churnRNG = SeededGenerator(seed: configuration.seed, stream: 101)
        self.world = WorldGenerator(configuration: configuration, now: clock.nowSeconds(), rootURL: rootURL).generate()
        self.liveSessions = Self.liveIndices(world)
    }

    static func liveIndices(_ world: SimulatorWorld) -> Set<Int> {
        var live = Set<Int>()
        for session in world.sessions where session.status.isLive {
            live.insert(session.serial)
        }
        return live
    }

    // MARK: - Clock and root URL

    func now() -> Double { clock.now() }

    func advanceClock(by seconds: Double) -> Double {
        clock.advance(by: seconds)
        return clock.now()
    }

    /// Records the URL the server is reachable at, once the socket is bound, and points the seeded
    /// partner link at this instance's helpdesk.
    func setRootURL(_ url: String) {
        let oldCallback = rootURL + "/partner/tickets"
        rootURL = url
        for index in world.systemLinks.indices where world.systemLinks[index].callbackURL == oldCallback {
            world.systemLinks[index].callbackURL = url + "/partner/tickets"
        }
    }

    // MARK: - Control

    /// Regenerates the world from the seed at the current sim time and clears the logs.
    ///
    /// Issued OAuth tokens survive, so a connected client keeps working across a reset.
    func reset() {
        world = WorldGenerator(configuration: configuration, now: clock.nowSeconds(), rootURL: rootURL).generate()
        liveSessions = Self.liveIndices(world)
        faults = FaultSettings(configuration)
        errorRNG = SeededGenerator(seed: configuration.seed, stream: 100)
        churnRNG = SeededGenerator(seed: configuration.seed, stream: 101)
        churnCredit = 0
        buckets = [:]
        requestLog = []
        callbackLog = []
        transcodeDueAt = [:]
    }

    func currentFaults() -> FaultSettings { faults }

    func setFaults(_ settings: FaultSettings) { faults = settings }

    func recordRequest(_ entry: RequestLogEntry) {
        requestLog.append(entry)
        if requestLog.count > Self.requestLogLimit {
            requestLog.removeFirst(requestLog.count - Self.requestLogLimit)
        }
    }

    func recentRequests() -> [RequestLogEntry] { requestLog }

    func clearRequests() { requestLog = [] }

    func recentCallbacks() -> [CallbackLogEntry] { callbackLog }

    /// Draws from the seeded error stream: true when this API call should fail with 500.
    func shouldInjectError() -> Bool {
        faults.errorRate > 0 && errorRNG.chance(faults.errorRate)
    }

    /// The partner helpdesk's registered user token.
    func partnerUserToken() -> String { world.partnerUserToken }
}
