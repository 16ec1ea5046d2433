import Foundation

/// Everything that shapes one simulator instance: network, seed data, faults and credentials.
///
/// Every property has a default so a caller only names what it wants to change; all generated
/// data is a pure function of `seed` (and of the sim clock's starting instant).
public struct SimulatorConfiguration: Sendable {
    /// The interface to bind; loopback by default so a demo never listens on the network.
    public var host: String
    /// The TCP port; 0 asks the kernel for an ephemeral one.
    public var port: Int
    /// The seed that every generated value (names, ids, timestamps, file bytes) derives from.
    public var seed: UInt64
    /// How many sessions to generate over the last 30 days.
    public var sessionCount: Int
    /// How many companies to generate.
    public var companyCount: Int
    /// How many recordings to generate over the last ~60 days.
    public var recordingCount: Int
    /// Lifecycle transitions per second across live sessions; 0 freezes the world.
    public var churn: Double
    /// Which flavour of seed data to generate.
    public var scenario: SimulatorScenario
    /// Static access tokens that are always valid (unless the expired-token fault is active).
    public var tokens: [String]
    /// Milliseconds added before every API response.
    public var latencyMs: Int
    /// The fraction (0...1) of API calls answered with 500 InternalError.
    public var errorRate: Double
    /// A transport-level misbehaviour applied to API responses, if any.
    public var fault: SimulatorFault?
    /// Token-bucket capacity and refill rate per access token.
    public var rateLimitPerSecond: Int
    /// Emits every id as a JSON string, so clients exercise their lenient decoding path.
    public var stringifyIDs: Bool
    /// Lifetime in seconds of access tokens issued by the OAuth endpoints.
    public var tokenLifetime: Int
    /// The byte size range that recording MP4 sizes are drawn from.
    public var recordingSizeRange: ClosedRange<Int>
    /// Seconds (simulator time) from a transcode request until the recording is ready for download.
    public var transcodeDelaySeconds: Int
    /// Users that may log in with the password grant; the first one also owns the static tokens.
    public var users: [SimulatorUser]
    /// The OAuth client id accepted by the token endpoints.
    public var clientID: String
    /// The OAuth client secret accepted by the token endpoints.
    public var clientSecret: String
    /// Values accepted as `pat=` in the personal-access-token grant.
    public var personalAccessTokens: [String]
    /// Tokens that authenticate but have no Remote Support seat, so the API answers 401 NotEntitled.
    public var seatlessTokens: [String]
    /// The sim clock's value when the simulator starts; `nil` means the real current time.
    ///
    /// Tests pin it so two simulators with the same seed produce byte-identical data.
    public var clockStart: Date?
    /// The shape of token answers: the v2 proxy's or the current identity service's.
    public var tokenShape: SimulatorTokenShape

    /// Creates a configuration; every parameter defaults to the documented demo value.
    public init(
        host: String = "127.0.0.1",
        port: Int = 0,
        seed: UInt64 = 1,
        sessionCount: Int = 200,
        companyCount: Int = 120,
        recordingCount: Int = 300,
        churn: Double = 0,
        scenario: SimulatorScenario = .standard,
        tokens: [String] = ["sim-token"],
        latencyMs: Int = 0,
        errorRate: Double = 0,
        fault: SimulatorFault? = nil,
        rateLimitPerSecond: Int = 10,
        stringifyIDs: Bool = false,
        tokenLifetime: Int = 3600,
        recordingSizeRange: ClosedRange<Int> = 64 * 1024...4 * 1024 * 1024,
        users: [SimulatorUser] = [SimulatorUser.demo],
        clientID: String = "g2a-dash",
        clientSecret: String = "g2a-dash-secret",
        personalAccessTokens: [String] = ["demo-pat"],
        seatlessTokens: [String] = [],
        clockStart: Date? = nil,
        transcodeDelaySeconds: Int = 30,
        tokenShape: SimulatorTokenShape = .v2
    ) {
        self.host = host
        self.port = port
        self.seed = seed
        self.sessionCount = sessionCount
        self.companyCount = companyCount
        self.recordingCount = recordingCount
        self.churn = churn
        self.scenario = scenario
        self.tokens = tokens
        self.latencyMs = latencyMs
        self.errorRate = errorRate
        self.fault = fault
        self.rateLimitPerSecond = rateLimitPerSecond
        self.stringifyIDs = stringifyIDs
        self.tokenLifetime = tokenLifetime
        self.recordingSizeRange = recordingSizeRange
        self.users = users
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.personalAccessTokens = personalAccessTokens
        self.seatlessTokens = seatlessTokens
        self.clockStart = clockStart
        self.transcodeDelaySeconds = transcodeDelaySeconds
        self.tokenShape = tokenShape
    }
}
