import Clocks
import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// The real `DashboardReducer` on a `TestStore`, its time a swift-clocks `TestClock` that moves
/// only on `advance`, its API and workflows the counting fakes: the setup of the navigation,
/// paste, command-line, pane and refresh suites.
@MainActor
struct NavSetup {
    let clock = Clocks.TestClock<Duration>()
    let api = FakeAPI()
    let workflows = FakeWorkflows()
    let start = SessionFixtures.base
    let store: TestStore<DashboardState, DashboardAction>

    init(width: Int = 120, height: Int = 40, settings: DashboardSettings = DashboardSettings(),
         configure: (inout DashboardEnvironment) -> Void = { _ in }) {
        var environment = api.environment(clock: DashboardCoreTests.TestClock(now: start))
        environment.clock = .test(clock, start: start)
        environment.workflows = workflows.client
        configure(&environment)
        let reducer = DashboardReducer(environment: environment)
        var state = DashboardState(settings: settings, now: start)
        state.width = width
        state.height = height
        store = TestStore(initialState: state, reducer: { reducer.reduce(&$0, $1) })
        store.whileWaiting = { [clock] in await clock.advance(by: .zero) }
    }

    /// The dashboard clock's time `seconds` after the start.
    func at(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }

    /// Advances the clock by `seconds`, checking that nothing arrives a millisecond before:
    /// whatever is received next became due exactly then.
    func advance(exactly seconds: Double) async {
        await clock.advance(by: .seconds(seconds) - .milliseconds(1))
        await expectNothingReceived()
        await clock.advance(by: .milliseconds(1))
    }

    /// Checks that no effect has sent anything the test has not received.
    func expectNothingReceived(sourceLocation: SourceLocation = #_sourceLocation) async {
        await Task.megaYield()
        #expect(store.received.isEmpty, "nothing was due yet", sourceLocation: sourceLocation)
    }

    /// Quits, which cancels every timer and the clock tick, and checks nothing is left over.
    func quitAndFinish() async {
        await store.send(.app(.quitPressed)) { $0.shouldQuit = true }
        await store.finish()
    }
}

/// Expected-state helpers shared by those suites.
enum NavFixtures {
    /// The page sizes `appStarted` (or a resize) sets: the layout's table heights.
    static func setPageSizes(_ state: inout DashboardState, width: Int, height: Int) {
        state.sessions.table.pageSize = ScreenLayout.tableHeight(for: .sessions, width: width, height: height)
        state.companies.table.pageSize = ScreenLayout.tableHeight(for: .companies, width: width, height: height)
        state.recordings.table.pageSize = ScreenLayout.tableHeight(for: .recordings, width: width, height: height)
    }

    /// A page of companies named "Company N" for the ids in `range`.
    static func companyPage(_ range: Range<Int>, total: Int) -> CompanyPage {
        CompanyPage(totalNumCompanies: total, companies: range.map { Company(companyId: String($0), companyName: "Company \($0)") })
    }

    /// The empty answer `FakeAPI` gives for a company page it was not told about.
    static let noCompanies = CompanyPage(totalNumCompanies: 0, companies: [])

    /// The state after a full Sessions fetch of `list`, answered at `now`.
    static func sessionsLoaded(_ state: inout DashboardState, _ list: [Session], now: Date, window: SessionWindow = .day,
                               interval: Double = 5) {
        state.sessions.refresh.inFlight = false
        state.sessions.lastFullFetch = now
        state.sessions.loadedWindow = window
        state.sessions.counts = Dictionary(grouping: list, by: \.status).mapValues(\.count)
        state.sessions.table.setItems(list.map(SessionRow.init), now: now)
        state.sessions.refresh.lastSuccess = now
        state.sessions.refresh.nextDue = now.addingTimeInterval(interval)
    }

    /// The state after the first page of companies, answered at `now`.
    static func companiesLoaded(_ state: inout DashboardState, _ page: CompanyPage, now: Date) {
        state.companies.refresh.inFlight = false
        state.companies.loaded = page.companies
        state.companies.total = page.totalNumCompanies
        state.companies.table.setItems(page.companies.map(CompanyRow.init), now: now)
        state.companies.refresh.lastSuccess = now
        state.companies.refresh.nextDue = now.addingTimeInterval(60)
    }
}

extension NavSetup {
    /// Focuses Companies on the stacked screen, which fetches its first page, and receives it.
    func openCompanies(_ page: CompanyPage = NavFixtures.noCompanies) async {
        api.companyPages[0] = page
        await store.send(.app(.paneKeyPressed(.companies))) {
            $0.focus = .companies
            NavFixtures.setPageSizes(&$0, width: $0.width, height: $0.height)
            $0.companies.refresh.begin(at: start)
        }
        await store.receive(.companies(.response(offset: 0, .success(page)))) {
            NavFixtures.companiesLoaded(&$0, page, now: start)
        }
    }

    /// Receives `expected` in whichever order the effects sent them (effects that run side by
    /// side, like the first fetch of each pane on a wide screen), each with its own assert.
    func receiveInAnyOrder(_ expected: [(action: DashboardAction, assert: (inout DashboardState) -> Void)],
                           sourceLocation: SourceLocation = #_sourceLocation) async {
        let arrived = await store.wait(TestStoreTimeout.default, until: { self.store.received.count >= expected.count })
        #expect(arrived, "expected \(expected.count) actions", sourceLocation: sourceLocation)
        var left = expected
        for action in store.received.prefix(expected.count) {
            guard let index = left.firstIndex(where: { $0.action == action }) else { break }
            let next = left.remove(at: index)
            await store.receive(next.action, assert: next.assert)
        }
        #expect(left.isEmpty, "not received: \(left.map(\.action))", sourceLocation: sourceLocation)
    }
}

/// Holds an answer back until the test opens it: a request that stays in flight.
final class NavGate: Sendable {
    private let stream: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    init() { (stream, continuation) = AsyncStream<Void>.makeStream() }

    /// Returns once `open` was called (or the task was cancelled).
    func wait() async { for await _ in stream {} }

    func open() { continuation.finish() }
}

extension NavSetup {
    /// `:` and `text` typed into the command line, each step asserted.
    func typeCommand(_ text: String) async {
        await store.send(.commandLine(.opened)) {
            $0.commandLine.isActive = true
            $0.commandLine.line = LineEditor(limit: $0.commandLine.line.limit)
            $0.commandLine.historyIndex = nil
        }
        await store.send(.commandLine(.edited(.insert(text)))) { $0.commandLine.line.apply(.insert(text)) }
    }

    /// Enter on the command line holding `text`: it closes and keeps `text` in its history;
    /// `assert` says what the command itself changed.
    func submitCommand(_ text: String, assert: @escaping (inout DashboardState) -> Void = { _ in }) async {
        await store.send(.commandLine(.submitted)) {
            $0.commandLine.isActive = false
            $0.commandLine.line = LineEditor(limit: $0.commandLine.line.limit)
            $0.commandLine.historyIndex = nil
            $0.commandLine.history.append(text)
            assert(&$0)
        }
    }

    /// `:text` typed and run.
    func run(_ text: String, assert: @escaping (inout DashboardState) -> Void = { _ in }) async {
        await typeCommand(text)
        await submitCommand(text, assert: assert)
    }

    /// Focuses `pane` on the stacked 80×24 screen the way a key or `:name` does, and receives
    /// what that starts: Companies' first fetch, Recordings' wait for an account.
    static func focused(_ state: inout DashboardState, _ pane: PaneID, at now: Date) {
        state.focus = pane
        NavFixtures.setPageSizes(&state, width: 80, height: 24)
        if pane == .companies { state.companies.refresh.begin(at: now) }
        if pane == .recordings { state.recordings.refresh.nextDue = now.addingTimeInterval(2) }
    }
}

extension NavSetup {
    /// An 80×24 set-up whose sessions fetch answers only once `gate` opens, so a test can act
    /// while the request is in flight.
    static func holdingSessions(_ gate: NavGate) -> NavSetup {
        NavSetup(width: 80, height: 24) { environment in
            let fetch = environment.fetchSessions
            environment.fetchSessions = { from, to in
                let answer = try await fetch(from, to)
                await gate.wait()
                return answer
            }
        }
    }

    /// `appStarted` on the stacked 80×24 screen: the page sizes, and only Sessions fetches.
    func startStacked() async {
        await store.send(.app(.appStarted)) {
            NavFixtures.setPageSizes(&$0, width: 80, height: 24)
            $0.sessions.refresh.begin(at: self.start)
        }
    }
}
