import Foundation
import GoToAssistAPI
import Logging

/// What the reducer's effects may use: the API, the clock, a logger, the theme loader.
///
/// Closures rather than the client type, so reducer tests pass fakes that answer instantly
/// (and count calls), the way TCA's clients are structs of closures.
public struct DashboardEnvironment: Sendable {
    /// Downloads one file of a recording: `url` to `path`, reporting progress as it goes.
    ///
    /// - `path` is `DIR/YYYY/MM/DD/<id>.<ext>` under `DashboardSettings.downloadDirectory`; it
    ///   may start with `~/`, and missing folders are the closure's to create.
    /// - `expectedSize` is the size the API announced (the MP4's), to check the result against.
    /// - `progress` gets the bytes written so far (cumulative), as often as the closure likes:
    ///   the effect keeps only the latest and sends at most 4 actions a second per file.
    /// - Throws `DownloadFailure.linkExpired` on HTTP 403/404 (the reducer fetches fresh links
    ///   once), `.diskFull` when nothing more can be written (the queue stops), anything else
    ///   for other failures; must stop with `CancellationError` when its task is cancelled.
    public typealias DownloadRecordingFile = @Sendable (
        _ url: String, _ path: String, _ expectedSize: Int64?, _ progress: @escaping @Sendable (Int64) -> Void
    ) async throws -> Void

    public var fetchSessions: @Sendable (_ from: Date, _ to: Date) async throws -> [Session]
    public var fetchCompanies: @Sendable (CompanyQuery) async throws -> CompanyPage
    /// Every recording of a query, the range split as often as the 500-id cap requires.
    public var fetchRecordings: @Sendable (RecordingQuery) async throws -> RecordingsFetch
    public var fetchRecordingURLs: @Sendable ([String]) async throws -> [RecordingDownload]
    public var downloadRecordingFile: DownloadRecordingFile
    /// Loads a theme by name for the UI; returns an error message, or nil when it loaded.
    public var loadTheme: @Sendable (String) async -> String?
    public var clock: DashboardClock
    public var logger: Logger
    /// Writes and dialog lookups (start a session, tickets, links, machines, clipboard).
    public var workflows: WorkflowClient
    /// Connects to another profile of the config and returns its settings; every closure
    /// above talks to that profile's server from then on.
    public var switchProfile: @Sendable (String) async throws -> DashboardSettings

    /// Refuses every download; for runs and tests without a downloader.
    public static let downloadsUnavailable: DownloadRecordingFile = { _, _, _, _ in
        throw DownloadFailure.failed("downloads are not available here")
    }

    public init(
        fetchSessions: @escaping @Sendable (Date, Date) async throws -> [Session],
        fetchCompanies: @escaping @Sendable (CompanyQuery) async throws -> CompanyPage,
        fetchRecordings: @escaping @Sendable (RecordingQuery) async throws -> RecordingsFetch,
        fetchRecordingURLs: @escaping @Sendable ([String]) async throws -> [RecordingDownload],
        downloadRecordingFile: @escaping DownloadRecordingFile = DashboardEnvironment.downloadsUnavailable,
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
        self.downloadRecordingFile = downloadRecordingFile
        self.loadTheme = loadTheme
        self.clock = clock
        self.logger = logger
        self.workflows = workflows
        self.switchProfile = switchProfile
    }

    /// An environment backed by a live client.
    ///
    /// `downloadRecordingFile` defaults to refusing (tests and tools without a downloader).
    public static func live(client: ClientHolder, clock: DashboardClock = .live, logger: Logger,
                            workflows: WorkflowClient,
                            loadTheme: @escaping @Sendable (String) async -> String?,
                            switchProfile: @escaping @Sendable (String) async throws -> DashboardSettings,
                            downloadRecordingFile: @escaping DownloadRecordingFile = DashboardEnvironment.downloadsUnavailable)
        -> DashboardEnvironment
    {
        DashboardEnvironment(
            fetchSessions: { try await client.current.sessions(from: $0, to: $1).sessions },
            fetchCompanies: { try await client.current.companies($0) },
            // Split at the 500 cap until every part is complete, so no recording is missed.
            fetchRecordings: { query in
                let listing = try await client.current.allRecordings(query)
                return RecordingsFetch(
                    list: RecordingList(readyForTranscode: listing.readyForTranscode, readyForDownload: listing.readyForDownload),
                    splits: listing.splits)
            },
            fetchRecordingURLs: { try await client.current.recordingURLs(ids: $0) },
            downloadRecordingFile: downloadRecordingFile,
            loadTheme: loadTheme, clock: clock, logger: logger, workflows: workflows, switchProfile: switchProfile)
    }
}
