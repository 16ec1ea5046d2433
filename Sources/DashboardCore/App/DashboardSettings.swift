/// What the configuration decides for a dashboard run.
public struct DashboardSettings: Equatable, Sendable {
    public var profileName: String
    /// The API host, for the header.
    public var host: String
    public var isDemo: Bool
    /// Seconds between automatic refreshes per pane.
    public var sessionsInterval: Double
    public var companiesInterval: Double
    public var recordingsInterval: Double
    public var window: SessionWindow
    public var themeName: String
    /// Recordings of this owner; nil derives the account from the sessions.
    public var recordingsOwner: String?
    /// `--readonly` or the profile's `read_only`: every write is refused before it is sent.
    public var readOnly: Bool
    /// The partner (helpdesk) system's domain whose link the ticket panel uses.
    public var partnerDomain: String?
    /// Where `d` and `D` put recordings (`download_dir`), laid out as
    /// `DIR/YYYY/MM/DD/<id>.mp4|.events|.jpg`; a leading `~/` is expanded by the downloader.
    public var downloadDirectory: String

    /// The download directory when the config sets none.
    public static let defaultDownloadDirectory = "~/g2a-recordings"

    /// The shortest sessions interval allowed, to spare the API (10 requests/s per token).
    public static let minimumSessionsInterval: Double = 2

    public init(profileName: String = "default", host: String = "", isDemo: Bool = false,
                sessionsInterval: Double = 5, companiesInterval: Double = 60, recordingsInterval: Double = 60,
                window: SessionWindow = .day, themeName: String = "default-dark", recordingsOwner: String? = nil,
                readOnly: Bool = false, partnerDomain: String? = nil,
                downloadDirectory: String = DashboardSettings.defaultDownloadDirectory) {
        self.profileName = profileName
        self.host = host
        self.isDemo = isDemo
        self.sessionsInterval = max(Self.minimumSessionsInterval, sessionsInterval)
        self.companiesInterval = max(Self.minimumSessionsInterval, companiesInterval)
        self.recordingsInterval = max(Self.minimumSessionsInterval, recordingsInterval)
        self.window = window
        self.themeName = themeName
        self.recordingsOwner = recordingsOwner
        self.readOnly = readOnly
        self.partnerDomain = partnerDomain
        self.downloadDirectory = downloadDirectory.isEmpty ? Self.defaultDownloadDirectory : downloadDirectory
    }

    /// The refresh interval of a pane.
    public func interval(for pane: PaneID) -> Double {
        PaneRegistry.descriptor(pane).interval(self)
    }
}

/// How far back the Sessions pane looks.
public enum SessionWindow: String, Sendable, CaseIterable, Equatable {
    case day = "24h", week = "7d", month = "30d"

    public var seconds: Double {
        switch self {
        case .day: 86_400
        case .week: 7 * 86_400
        case .month: 30 * 86_400
        }
    }
}
