import Clocks
@testable import DashboardCore
import Foundation
import GoToAssistAPI

/// The real `DashboardReducer` on a `TestStore`, its time a swift-clocks `TestClock` that moves
/// only on `advance`, its API and workflows the counting fakes: the set-up of the dialog,
/// profile and sessions suites.
@MainActor
final class DlgWorld {
    let clock = Clocks.TestClock<Duration>()
    let api = FakeAPI()
    let workflows = FakeWorkflows()
    let environment: DashboardEnvironment
    let store: TestStore<DashboardState, DashboardAction>

    /// - `startLatency`: how long `POST /sessions` takes on the test clock (nil: it answers at
    ///   once), so a test can press keys while the write is out.
    /// - `companiesLatency`: how long a companies page takes, so its answer comes after the
    ///   sessions' in a known order instead of racing it.
    /// - `switchLatency`: how long connecting to another profile takes.
    init(width: Int = 80, height: Int = 24, settings: DashboardSettings = DashboardSettings(),
         startLatency: Duration? = nil, companiesLatency: Duration? = nil, switchLatency: Duration? = nil,
         switchProfile: (@Sendable (String) async throws -> DashboardSettings)? = nil) {
        let clock = clock
        var environment = api.environment(clock: DashboardCoreTests.TestClock(now: SessionFixtures.base))
        environment.clock = .test(clock, start: SessionFixtures.base)
        environment.workflows = workflows.client
        if let startLatency {
            let start = environment.workflows.startSession
            environment.workflows.startSession = { request in
                try await clock.sleep(for: startLatency)
                return try await start(request)
            }
        }
        if let companiesLatency {
            let fetch = environment.fetchCompanies
            environment.fetchCompanies = { query in
                try await clock.sleep(for: companiesLatency)
                return try await fetch(query)
            }
        }
        if let switchProfile { environment.switchProfile = switchProfile }
        if let switchLatency {
            let connect = environment.switchProfile
            environment.switchProfile = { name in
                try await clock.sleep(for: switchLatency)
                return try await connect(name)
            }
        }
        self.environment = environment
        let reducer = DashboardReducer(environment: environment)
        var state = DashboardState(settings: settings, now: SessionFixtures.base)
        state.width = width
        state.height = height
        store = TestStore(initialState: state, reducer: { reducer.reduce(&$0, $1) })
        store.whileWaiting = { [clock] in await clock.advance(by: .zero) }
    }

    /// The date `seconds` after the start, as the reducer stamps it once the clock got there.
    nonisolated static func at(_ seconds: Double) -> Date { SessionFixtures.base.addingTimeInterval(seconds) }

    /// The edits that turn `current` into `text` by typing: one insertion or a backspace when
    /// that is all it takes, else clearing and typing it all.
    nonisolated static func edits(from current: String, to text: String) -> [LineEdit] {
        if text.isEmpty { return [.clear] }
        if text.hasPrefix(current) { return [.insert(String(text.dropFirst(current.count)))] }
        if current.hasPrefix(text), current.count == text.count + 1 { return [.deleteBackward] }
        return [.clear, .insert(text)]
    }

    /// Types into the focused form field until it reads `text`; each key edits that field
    /// (and clears its error) and nothing else.
    func typeInForm(_ text: String, fileID: StaticString = #fileID, filePath: StaticString = #filePath,
                    line: UInt = #line, column: UInt = #column) async {
        guard let form = store.state.topForm else { return }
        for edit in Self.edits(from: form.fields[form.focus].value, to: text) {
            await store.send(.dialog(.textEdited(edit)), assert: { $0.editTopForm { $0.edit(edit) } },
                             fileID: fileID, filePath: filePath, line: line, column: column)
        }
    }

    /// `:text` and Enter, with `assert` describing what running the command changes.
    func command(_ text: String, fileID: StaticString = #fileID, filePath: StaticString = #filePath,
                 line: UInt = #line, column: UInt = #column, assert: @escaping (inout DashboardState) -> Void) async {
        await store.send(.commandLine(.opened), assert: { $0.commandLine.isActive = true },
                         fileID: fileID, filePath: filePath, line: line, column: column)
        await store.send(.commandLine(.edited(.insert(text))), assert: { $0.commandLine.line.apply(.insert(text)) },
                         fileID: fileID, filePath: filePath, line: line, column: column)
        await store.send(.commandLine(.submitted), assert: {
            $0.commandLine.isActive = false
            $0.commandLine.line = LineEditor(limit: $0.commandLine.line.limit)
            $0.commandLine.history.append(text)
            assert(&$0)
        }, fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// Sessions answers a whole window (sent straight in, as if a refresh had been asked for):
    /// the rows, counts and freshness change, and the next refresh is due `interval` later.
    func deliverSessions(_ list: [Session], interval: Double = 5, fileID: StaticString = #fileID,
                         filePath: StaticString = #filePath, line: UInt = #line, column: UInt = #column,
                         assert extra: @escaping (inout DashboardState) -> Void = { _ in }) async {
        let now = environment.clock.now()
        await store.send(.sessions(.response(.success(list))), assert: {
            $0.sessionsLoaded(list, at: now, nextIn: interval)
            extra(&$0)
        }, fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// Ends a test whose timers run on: `q` cancels them, then nothing may be left over.
    func quit(fileID: StaticString = #fileID, filePath: StaticString = #filePath,
              line: UInt = #line, column: UInt = #column) async {
        await store.send(.app(.quitPressed), assert: { $0.shouldQuit = true },
                         fileID: fileID, filePath: filePath, line: line, column: column)
        await store.finish(fileID: fileID, filePath: filePath, line: line, column: column)
    }
}

extension DashboardState {
    /// The form on top of the dialog stack, if that is a form.
    var topForm: FormState? {
        if case .form(let form) = modals.last { return form }
        return nil
    }

    /// The ticket panel on top of the dialog stack, if that is it.
    var ticketPanel: TicketPanelState? {
        if case .tickets(let panel) = modals.last { return panel }
        return nil
    }

    /// Changes the form on top of the dialog stack.
    mutating func editTopForm(_ change: (inout FormState) -> Void) {
        guard case .form(var form) = modals.last else { return }
        change(&form)
        modals[modals.count - 1] = .form(form)
    }

    /// Changes the ticket panel on top of the dialog stack.
    mutating func editTicketPanel(_ change: (inout TicketPanelState) -> Void) {
        guard case .tickets(var panel) = modals.last else { return }
        change(&panel)
        modals[modals.count - 1] = .tickets(panel)
    }

    /// Marks the confirmation on top as sent.
    mutating func markConfirmSending() {
        guard case .confirm(var confirm) = modals.last else { return }
        confirm.isSending = true
        modals[modals.count - 1] = .confirm(confirm)
    }

    /// What a successful whole-window answer does to Sessions at `now`: these rows and counts,
    /// fresh, the window loaded, the next refresh due `nextIn` later.
    mutating func sessionsLoaded(_ list: [Session], at now: Date, nextIn: Double = 5) {
        sessions.refresh.inFlight = false
        sessions.fullFetchRequested = false
        sessions.lastFullFetch = now
        sessions.loadedWindow = settings.window
        sessions.counts = Self.counts(list)
        sessions.table.setItems(Self.rows(list), now: now)
        sessions.refresh.lastSuccess = now
        sessions.refresh.nextDue = now.addingTimeInterval(nextIn)
    }

    /// Rows of a list, a key listed twice keeping its first entry (as Sessions shows them).
    static func rows(_ list: [Session]) -> [SessionRow] {
        var seen = Set<String>()
        return list.filter { seen.insert($0.stableKey).inserted }.map(SessionRow.init)
    }

    /// Sessions per status, as the header counts them.
    static func counts(_ list: [Session]) -> [SessionStatus: Int] {
        rows(list).reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
    }

    /// The page sizes the layout gives each pane at the current size.
    mutating func layOutPages() {
        sessions.table.setPageSize(ScreenLayout.tableHeight(for: .sessions, width: width, height: height))
        companies.table.setPageSize(ScreenLayout.tableHeight(for: .companies, width: width, height: height))
        recordings.table.setPageSize(ScreenLayout.tableHeight(for: .recordings, width: width, height: height))
    }
}
