import Foundation
import GoToAssistAPI
import Logging

/// What the reducer's effects may use: the API, the clock, a logger, the theme loader.
///
/// Closures rather than the client type, so reducer tests pass fakes that answer instantly
/// (and count calls), the way TCA's clients are structs of closures.
public struct DashboardEnvironment: Sendable {
    public var fetchSessions: @Sendable (_ from: Date, _ to: Date) async throws -> [Session]
    public var fetchCompanies: @Sendable (CompanyQuery) async throws -> CompanyPage
    public var fetchRecordings: @Sendable (RecordingQuery) async throws -> RecordingList
    public var fetchRecordingURLs: @Sendable ([String]) async throws -> [RecordingDownload]
    /// Loads a theme by name for the UI; returns an error message, or nil when it loaded.
    public var loadTheme: @Sendable (String) async -> String?
    public var clock: DashboardClock
    public var logger: Logger
    /// Writes and dialog lookups (start a session, tickets, links, machines, clipboard).
    public var workflows: WorkflowClient
    /// Connects to another profile of the config and returns its settings; every closure
    /// above talks to that profile's server from then on.
    public var switchProfile: @Sendable (String) async throws -> DashboardSettings

    public init(
        fetchSessions: @escaping @Sendable (Date, Date) async throws -> [Session],
        fetchCompanies: @escaping @Sendable (CompanyQuery) async throws -> CompanyPage,
        fetchRecordings: @escaping @Sendable (RecordingQuery) async throws -> RecordingList,
        fetchRecordingURLs: @escaping @Sendable ([String]) async throws -> [RecordingDownload],
        loadTheme: @escaping @Sendable (String) async -> String?,
        clock: DashboardClock, logger: Logger, workflows: WorkflowClient = .unavailable,
        switchProfile: @escaping @Sendable (String) async throws -> DashboardSettings = { _ in
            throw APIError.invalidRequest(message: "switching profiles is not available here")
        }
    ) {
        self.fetchSessions = fetchSessions
        self.fetchCompanies = fetchCompanies
        self.fetchRecordings = fetchRecordings
        self.fetchRecordingURLs = fetchRecordingURLs
        self.loadTheme = loadTheme
        self.clock = clock
        self.logger = logger
        self.workflows = workflows
        self.switchProfile = switchProfile
    }

    /// An environment backed by a live client.
    public static func live(client: ClientHolder, clock: DashboardClock = .live, logger: Logger,
                            workflows: WorkflowClient,
                            loadTheme: @escaping @Sendable (String) async -> String?,
                            switchProfile: @escaping @Sendable (String) async throws -> DashboardSettings) -> DashboardEnvironment {
        DashboardEnvironment(
            fetchSessions: { try await client.current.sessions(from: $0, to: $1).sessions },
            fetchCompanies: { try await client.current.companies($0) },
            fetchRecordings: { try await client.current.recordings($0) },
            fetchRecordingURLs: { try await client.current.recordingURLs(ids: $0) },
            loadTheme: loadTheme, clock: clock, logger: logger, workflows: workflows, switchProfile: switchProfile)
    }
}
