import Clocks
@testable import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// The setup of a reducer test on a `TestStore`: the real `DashboardReducer` on fakes, with a
/// swift-clocks `TestClock` that moves only when the test advances it.
///
/// The initial state is built by reducing setup actions directly (their effects dropped), so a
/// test's store starts from a settled state and asserts only what the test is about.
@MainActor
struct RecFixtures {
    let clock: Clocks.TestClock<Duration>
    let api: FakeAPI
    let workflows: FakeWorkflows
    let downloads: RecDownloads
    /// What the reducer runs on; a test may wrap a call before making the store.
    var environment: DashboardEnvironment
    var state: DashboardState
    var reducer: DashboardReducer { DashboardReducer(environment: environment) }

    init(width: Int = 120, height: Int = 40, settings: DashboardSettings = DashboardSettings()) {
        let clock = Clocks.TestClock<Duration>()
        let (api, workflows, downloads) = (FakeAPI(), FakeWorkflows(), RecDownloads(clock: clock))
        // The API fake wants the old manual clock for its signature; the reducer runs on the
        // test clock, which stamps dates and paces every sleep.
        var environment = api.environment(clock: DashboardCoreTests.TestClock(now: SessionFixtures.base))
        environment.clock = .test(clock, start: SessionFixtures.base)
        environment.workflows = workflows.client
        environment.downloadRecordingFile = downloads.closure
        (self.clock, self.api, self.workflows, self.downloads) = (clock, api, workflows, downloads)
        self.environment = environment
        state = DashboardState(settings: settings, now: SessionFixtures.base)
        state.width = width
        state.height = height
    }

    /// The Recordings pane, focused, for account 777, listing `ready` (for download) and
    /// `transcode` ids in API order, unsorted.
    static func recordings(ready: [String], transcode: [String] = [],
                           settings: DashboardSettings = DashboardSettings()) -> RecFixtures {
        var fixtures = RecFixtures(settings: settings)
        fixtures.state.focus = .recordings
        fixtures.state.recordings.owner = .accountKey("777")
        fixtures.state.recordings.table = TableState()
        fixtures.prepare(.recordings(.response(.success(RecordingsSnapshot(
            list: RecordingList(readyForTranscode: transcode, readyForDownload: ready), downloads: [])))))
        return fixtures
    }

    /// Reduces a setup action into the initial state; its effects are dropped.
    mutating func prepare(_ action: DashboardAction) { _ = reducer.reduce(&state, action) }

    /// The dashboard's "now": the start plus the test clock's elapsed time.
    func now() -> Date { environment.clock.now() }

    /// A store on the state prepared so far.
    func store() -> TestStore<DashboardState, DashboardAction> {
        let reducer = reducer
        let store = TestStore(initialState: state, reducer: { reducer.reduce(&$0, $1) })
        store.whileWaiting = { [clock] in await clock.advance(by: .zero) }
        return store
    }
}

extension RecFixtures {
    /// The edits that turn `current` into `text` by typing: one insertion or a backspace when
    /// that is all it takes, else clearing and typing it all.
    static func edits(from current: String, to text: String) -> [LineEdit] {
        if text.isEmpty { return [.clear] }
        if text.hasPrefix(current) { return [.insert(String(text.dropFirst(current.count)))] }
        if current.hasPrefix(text), current.count == text.count + 1 { return [.deleteBackward] }
        return [.clear, .insert(text)]
    }

    /// The form on top of the dialogs, if any.
    static func form(_ state: DashboardState) -> FormState? {
        if case .form(let form) = state.modals.last { return form }
        return nil
    }

    /// Changes the form on top of the dialogs, as the dialog reducer does; for assert closures.
    static func updateForm(_ state: inout DashboardState, _ change: (inout FormState) -> Void) {
        guard case .form(var form) = state.modals.last else { return }
        change(&form)
        state.modals[state.modals.count - 1] = .form(form)
    }

    /// Focuses the form field `id` (Tab) and types `text` into it, asserting every keystroke.
    static func set(_ id: String, _ text: String, in store: TestStore<DashboardState, DashboardAction>,
                    sourceLocation: SourceLocation = #_sourceLocation) async {
        guard let index = form(store.state)?.fields.firstIndex(where: { $0.id == id }) else {
            Issue.record("no field \(id)", sourceLocation: sourceLocation)
            return
        }
        while let focus = form(store.state)?.focus, focus != index {
            await store.send(.dialog(.focusMoved(forward: true))) { updateForm(&$0) { $0.moveFocus(forward: true) } }
        }
        guard let current = form(store.state)?.fields[index].value, current != text else { return }
        for edit in edits(from: current, to: text) {
            await store.send(.dialog(.textEdited(edit))) { updateForm(&$0) { $0.edit(edit) } }
        }
    }
}
