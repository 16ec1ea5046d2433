import Foundation
import GoToAssistAPI

/// Refresh: one request per pane at a time, timers only for visible panes, backoff on failure.
extension DashboardReducer {
    /// Starts a refresh of a pane unless one is running; cancels its pending timer.
    func startRefresh(_ state: inout DashboardState, _ pane: PaneID) -> Effect<DashboardAction> {
        guard !state.refreshStatus(pane).inFlight else { return .none }
        let env = environment
        switch pane {
        case .sessions:
            let now = env.clock.now()
            state.sessions.refresh.begin(at: now)
            let to = now.addingTimeInterval(60)
            let window = state.window
            if state.sessions.needsFullFetch(now: now, window: window) {
                let from = now.addingTimeInterval(-window.seconds)
                return .batch([.cancel(.refreshTimer(.sessions)), .run(id: .refresh(.sessions)) { send in
                    do {
                        await send(.sessionsResponse(.success(try await env.fetchSessions(from, to))))
                    } catch {
                        await send(.sessionsResponse(.failure(Self.apiError(error))))
                    }
                }])
            }
            let since = state.sessions.updateStart(now: now, window: window)
            return .batch([.cancel(.refreshTimer(.sessions)), .run(id: .refresh(.sessions)) { send in
                do {
                    await send(.sessionsUpdateResponse(since: since, .success(try await env.fetchSessions(since, to))))
                } catch {
                    await send(.sessionsUpdateResponse(since: since, .failure(Self.apiError(error))))
                }
            }])

        case .companies:
            guard !state.companies.loadingMore else { return .none }
            state.companies.refresh.begin(at: env.clock.now())
            // Re-read as many pages as are loaded, so a refresh doesn't drop what was scrolled to.
            let pages = max(1, (state.companies.loaded.count + CompaniesState.pageSize - 1) / CompaniesState.pageSize)
            let companies = state.companies
            return .batch([.cancel(.refreshTimer(.companies)), .run(id: .refresh(.companies)) { send in
                do {
                    var all: [Company] = []
                    var total = 0
                    for index in 0..<pages {
                        let page = try await env.fetchCompanies(companies.query(offset: index * CompaniesState.pageSize))
                        all += page.companies
                        total = page.totalNumCompanies
                        if all.count >= total || page.companies.isEmpty { break }
                    }
                    await send(.companiesResponse(offset: 0, .success(CompanyPage(totalNumCompanies: total, companies: all))))
                } catch {
                    await send(.companiesResponse(offset: 0, .failure(Self.apiError(error))))
                }
            }])

        case .recordings:
            guard let owner = recordingsOwner(state) else {
                // The account comes from the sessions; try again once they have loaded.
                state.recordings.refresh.nextDue = nil
                if state.sessions.refresh.lastSuccess == nil { return armTimer(&state, .recordings, after: 2) }
                post(&state, .warn, "Recordings: no account key known yet (no session in the window); set recordings_account_key in the config")
                return .none
            }
            state.recordings.owner = owner
            state.recordings.refresh.begin(at: env.clock.now())
            let query = state.recordings.filter.query(owner: owner, now: env.clock.now())
            return .batch([.cancel(.refreshTimer(.recordings)), .run(id: .refresh(.recordings)) { send in
                do {
                    let fetch = try await env.fetchRecordings(query)
                    let list = fetch.list
                    var downloads: [RecordingDownload] = []
                    if !list.readyForDownload.isEmpty {
                        // Start times and sizes come with the links; one call of at most 500 ids.
                        let ids = Array(list.readyForDownload.suffix(GoToAssistClient.recordingURLBatch))
                        downloads = (try? await env.fetchRecordingURLs(ids)) ?? []
                    }
                    await send(.recordingsResponse(.success(RecordingsSnapshot(list: list, downloads: downloads, splits: fetch.splits))))
                } catch {
                    await send(.recordingsResponse(.failure(Self.apiError(error))))
                }
            }])
        }
    }

    /// A fetch of the whole window (`since == nil`) or an update since a time.
    func sessionsResponse(_ state: inout DashboardState, since: Date? = nil,
                          _ result: Result<[Session], APIError>) -> Effect<DashboardAction> {
        let now = environment.clock.now()
        state.sessions.refresh.inFlight = false
        switch result {
        case .success(let list):
            if let since {
                state.sessions.merge(list, since: since, window: state.window, now: now)
            } else {
                state.sessions.apply(list, window: state.window, now: now)
            }
            succeeded(&state.sessions.refresh, now: now)
            lookForWatchedSession(&state, in: list, now: now)
            var effects = [rearm(&state, .sessions), refreshOpenTranscript(&state)]
            if state.recordings.owner == nil, state.isVisible(.recordings), !state.recordings.refresh.inFlight,
               recordingsOwner(state) != nil {
                effects.append(startRefresh(&state, .recordings))
            }
            return .batch(effects)
        case .failure(let error):
            failed(&state, .sessions, error)
            return rearm(&state, .sessions)
        }
    }

    func companiesResponse(_ state: inout DashboardState, offset: Int, _ result: Result<CompanyPage, APIError>) -> Effect<DashboardAction> {
        let now = environment.clock.now()
        if offset == 0 { state.companies.refresh.inFlight = false } else { state.companies.loadingMore = false }
        switch result {
        case .success(let page):
            if offset == 0 {
                state.companies.loaded = page.companies
            } else {
                // Keep what is loaded; drop anything the new page repeats (the data may shift).
                let known = Set(state.companies.loaded.map(\.companyId))
                state.companies.loaded += page.companies.filter { !known.contains($0.companyId) }
            }
            state.companies.total = page.totalNumCompanies
            state.companies.table.setItems(state.companies.loaded.map(CompanyRow.init), now: now)
            succeeded(&state.companies.refresh, now: now)
            return offset == 0 ? rearm(&state, .companies) : .none
        case .failure(let error):
            failed(&state, .companies, error)
            return offset == 0 ? rearm(&state, .companies) : .none
        }
    }

    func recordingsResponse(_ state: inout DashboardState, _ result: Result<RecordingsSnapshot, APIError>) -> Effect<DashboardAction> {
        let now = environment.clock.now()
        state.recordings.refresh.inFlight = false
        switch result {
        case .success(let snapshot):
            let downloads = Dictionary(snapshot.downloads.map { ($0.recordingId, $0) }, uniquingKeysWith: { a, _ in a })
            state.recordings.downloads = downloads
            // A split fetch is complete even though its merged lists are longer than the cap.
            state.recordings.capped = snapshot.splits == 0 && snapshot.list.isCapped
            let rows = snapshot.list.readyForDownload.map { RecordingRow(id: $0, readiness: .download, download: downloads[$0]) }
                + snapshot.list.readyForTranscode.map { RecordingRow(id: $0, readiness: .transcode) }
            state.recordings.table.setItems(rows, now: now)
            // Marks follow the id, and go with it when it leaves the list.
            state.recordings.marked.formIntersection(rows.map(\.key))
            // "transcoding" lasts until the list no longer says ready for transcode.
            state.recordings.transcoding.formIntersection(snapshot.list.readyForTranscode)
            succeeded(&state.recordings.refresh, now: now)
            if state.recordings.capped {
                post(&state, .warn, "a recordings list hit the API's 500-id cap; older recordings are not shown")
            }
            if snapshot.splits > 0, snapshot.splits != state.recordings.splits {
                post(&state, .info, "\(RecordingList.listCap)-recording cap: the range was split into \(snapshot.splits) queries")
            }
            state.recordings.splits = snapshot.splits
        case .failure(let error):
            failed(&state, .recordings, error)
        }
        return rearm(&state, .recordings)
    }

    /// Starts timers for visible panes and stops them for hidden ones; a pane that becomes
    /// visible with old data refreshes at once.
    func syncPolling(_ state: inout DashboardState) -> Effect<DashboardAction> {
        var effects: [Effect<DashboardAction>] = []
        let now = environment.clock.now()
        for pane in PaneID.allCases {
            let status = state.refreshStatus(pane)
            if !state.isVisible(pane) {
                if status.nextDue != nil {
                    statusBinding(&state, pane) { $0.nextDue = nil }
                    effects.append(.cancel(.refreshTimer(pane)))
                }
                continue
            }
            guard !status.inFlight, status.nextDue == nil else { continue }
            let delay = status.delay(interval: pollInterval(state, pane))
            let due = status.lastSuccess.map { $0.addingTimeInterval(delay) } ?? now
            if due <= now, status.failures == 0 {
                effects.append(startRefresh(&state, pane))
            } else {
                effects.append(armTimer(&state, pane, after: max(0, due.timeIntervalSince(now))))
            }
        }
        return .batch(effects)
    }

    /// Arms the next automatic refresh of a visible pane after a response.
    func rearm(_ state: inout DashboardState, _ pane: PaneID) -> Effect<DashboardAction> {
        guard state.isVisible(pane), !state.shouldQuit else { return .none }
        let delay = state.refreshStatus(pane).delay(interval: pollInterval(state, pane))
        return armTimer(&state, pane, after: delay)
    }

    /// The pane's interval; Sessions polls faster for a minute after a start from here.
    func pollInterval(_ state: DashboardState, _ pane: PaneID) -> Double {
        let interval = state.settings.interval(for: pane)
        guard pane == .sessions, let watch = state.sessions.watch, environment.clock.now() < watch.until else { return interval }
        return min(interval, SessionWatch.interval)
    }

    func armTimer(_ state: inout DashboardState, _ pane: PaneID, after delay: Double) -> Effect<DashboardAction> {
        let clock = environment.clock
        let due = clock.now().addingTimeInterval(delay)
        statusBinding(&state, pane) { $0.nextDue = due }
        return .run(id: .refreshTimer(pane)) { send in
            do { try await clock.sleep(delay) } catch { return }
            await send(.refreshTimerFired(pane))
        }
    }

    func succeeded(_ status: inout RefreshStatus, now: Date) {
        status.lastSuccess = now
        status.failures = 0
        status.lastError = nil
    }

    /// Records a failure: the rows stay, the badge says stale, the status bar says why once.
    func failed(_ state: inout DashboardState, _ pane: PaneID, _ error: APIError) {
        let text = TextSanitizer.sanitize(error.description)
        statusBinding(&state, pane) {
            $0.failures += 1
            $0.lastError = text
        }
        if state.refreshStatus(pane).failures == 1 {
            post(&state, .error, "\(pane.title): \(text)")
        }
    }

    /// Whose recordings to list: the filter's owner, the configured one, else the account of the
    /// sessions seen.
    func recordingsOwner(_ state: DashboardState) -> RecordingQuery.Owner? {
        if let owner = state.recordings.filter.owner { return owner }
        if let owner = state.recordings.owner { return owner }
        if let key = state.settings.recordingsOwner { return .accountKey(key) }
        return state.sessions.table.items.lazy.compactMap(\.session.accountKey).first.map { .accountKey($0) }
    }

    static func apiError(_ error: any Error) -> APIError {
        if let error = error as? APIError { return error }
        if error is CancellationError { return .transport(message: "cancelled") }
        return .transport(message: Redaction.errorText(String(describing: error)))
    }
}
