import DashboardCore
import Foundation
import GoToAssistAPI
import Logging

/// Scripted API answers that count the calls made, for reducer tests.
final class FakeAPI: @unchecked Sendable {
    private let lock = NSLock()
    var sessions: Result<[Session], APIError> = .success([])
    var companyPages: [Int: CompanyPage] = [:]
    var recordings = RecordingList()
    /// How many sub-range queries `fetchRecordings` reports having needed for the cap.
    var recordingSplits = 0
    /// Download links by recording id; each `fetchRecordingURLs` call answers from the list at
    /// `min(call, count - 1)`, so a later call (a refetch) can hand out fresh links.
    var recordingLinks: [[String: RecordingDownload]] = [[:]]
    /// Thrown by `fetchRecordingURLs` instead of answering, when set.
    var recordingURLsError: APIError?
    private(set) var recordingURLRequests: [[String]] = []
    private(set) var sessionCalls: [(Date, Date)] = []
    private(set) var companyQueries: [CompanyQuery] = []
    private(set) var recordingQueries: [RecordingQuery] = []
    private(set) var themeRequests: [String] = []

    func set(sessions: Result<[Session], APIError>) { lock.withLock { self.sessions = sessions } }

    func environment(clock: TestClock) -> DashboardEnvironment {
        DashboardEnvironment(
            fetchSessions: { [self] from, to in
                try lock.withLock {
                    sessionCalls.append((from, to))
                    return try sessions.get()
                }
            },
            fetchCompanies: { [self] query in
                lock.withLock {
                    companyQueries.append(query)
                    return companyPages[query.offset] ?? CompanyPage(totalNumCompanies: 0, companies: [])
                }
            },
            fetchRecordings: { [self] query in
                lock.withLock {
                    recordingQueries.append(query)
                    return RecordingsFetch(list: recordings, splits: recordingSplits)
                }
            },
            fetchRecordingURLs: { [self] ids in
                try lock.withLock {
                    recordingURLRequests.append(ids)
                    if let recordingURLsError { throw recordingURLsError }
                    let links = recordingLinks[min(recordingURLRequests.count - 1, recordingLinks.count - 1)]
                    return ids.compactMap { links[$0] }
                }
            },
            loadTheme: { [self] name in
                lock.withLock { themeRequests.append(name) }
                return name == "missing" ? "no theme named missing" : nil
            },
            clock: clock.clock,
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
    }
}

enum SessionFixtures {
    static let base = Date(timeIntervalSince1970: 1_800_000_000)

    static func session(_ id: Int, _ status: SessionStatus = .active, customer: String = "Customer",
                        startedMinutesAgo: Double = 10, account: String = "4503599627370") -> Session {
        Session(sessionId: String(id), status: status,
                startedAt: status == .notStarted ? nil : base.addingTimeInterval(-startedMinutesAgo * 60),
                expertName: "Ann Expert", customerName: customer, accountKey: account)
    }
}
