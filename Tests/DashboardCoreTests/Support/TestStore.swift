import ConcurrencyExtras
import CustomDump
import DashboardCore
import Testing

/// A store for tests that fails on any state change or received action the test did not assert.
///
/// Modelled on TCA's `TestStore`: `send` applies an action and compares the new state with the
/// old one as changed by the `assert` closure; effects run for real as tasks and the actions
/// they send queue up in order until `receive` takes them; `finish` fails on actions never
/// received and effects still running. So a reducer test states every consequence of an action,
/// and a new side effect or state change breaks it instead of passing unnoticed.
///
/// Received actions are reduced when the test receives them, not when they arrive (TCA reduces
/// on arrival): state then changes only inside test steps, which keeps a test's picture of the
/// state exact between steps. Lives on the main actor, like `Store`, so under Swift 6 strict
/// concurrency the reducer and state need no locks; effects hop back to deliver their actions.
@MainActor
final class TestStore<State: Equatable & Sendable, Action: Equatable & Sendable> {
    /// How strictly steps are checked.
    enum Exhaustivity: Equatable, Sendable {
        /// Every state change and received action must be asserted (the default).
        case on
        /// Only what an `assert` closure sets is checked; unasserted received actions are
        /// reduced and skipped, and `finish` tolerates leftovers.
        case off
    }

    /// Where a failure goes: `Issue.record` by default, a collector in the store's own tests.
    typealias ReportIssue = @MainActor (_ message: String, _ location: SourceLocation) -> Void

    /// The state after the last step.
    private(set) var state: State
    var exhaustivity: Exhaustivity = .on
    let reducer: (inout State, Action) -> Effect<Action>
    let reportIssue: ReportIssue
    /// Actions sent by effects, in arrival order, not yet received by the test. Behind a lock,
    /// so an effect queues its action and goes on (to its next sleep) without waiting for the
    /// main actor, which parallel tests keep busy.
    let mailbox = LockIsolated<[Action]>([])
    var running: [EffectID: (generation: Int, task: Task<Void, Never>)] = [:]
    var anonymous: [Int: Task<Void, Never>] = [:]
    var generation = 0
    /// The one pending wait of `receive` or `finish`, woken when an action or an effect ends.
    var waiter: Waiter?
    /// Called over and over while `receive` or `finish` waits: fixtures pass
    /// `{ await clock.advance(by: .zero) }`, so a timer whose task registered its sleep only
    /// after the test advanced past its deadline fires now instead of at the next advance
    /// (a loaded machine can start an effect's task that late). It never moves time forward.
    var whileWaiting: (@Sendable () async -> Void)?

    init(initialState: State, reducer: @escaping (inout State, Action) -> Effect<Action>,
         reportIssue: @escaping ReportIssue = { message, location in
             Issue.record(Comment(rawValue: message), sourceLocation: location)
         }) {
        state = initialState
        self.reducer = reducer
        self.reportIssue = reportIssue
    }

    isolated deinit {
        // A test that forgot `finish` must not leave timers running into the next test.
        cancelAllEffects()
    }

    /// Sends an action, checks the state it leaves against `assert`, and starts its effects.
    ///
    /// Fails first if actions received from effects are still waiting for `receive`.
    func send(_ action: Action, assert: ((inout State) -> Void)? = nil,
              fileID: StaticString = #fileID, filePath: StaticString = #filePath,
              line: UInt = #line, column: UInt = #column) async {
        let location = sourceLocation(fileID, filePath, line, column)
        await Task.megaYield()
        let pending = received
        if !pending.isEmpty {
            if exhaustivity == .on {
                fail("Must handle \(pending.count) received action(s) before sending \(describe(action)):\n"
                     + pending.map { "  • " + describe($0) }.joined(separator: "\n"), location)
            }
            // Reduce them anyway, so the state is what the running app would hold.
            while let next = takeReceived() { reduceUnchecked(next) }
        }
        apply(action, assert: assert, location)
        // Let the effects start, so they are sleeping before the test advances a clock.
        await Task.megaYield()
    }

    /// Waits for the next action an effect sent, checks it is `expected`, reduces it and checks
    /// the state against `assert`.
    func receive(_ expected: Action, timeout: Duration = TestStoreTimeout.default, assert: ((inout State) -> Void)? = nil,
                 fileID: StaticString = #fileID, filePath: StaticString = #filePath,
                 line: UInt = #line, column: UInt = #column) async {
        let location = sourceLocation(fileID, filePath, line, column)
        await receive(describe(expected), timeout: timeout, assert: assert, location,
                      matches: { $0 == expected },
                      mismatch: { actual in
                          "Received an unexpected action (- expected, + received):\n"
                              + (diff(expected, actual) ?? "\(describe(expected)) ≠ \(describe(actual))")
                      })
    }

    /// Waits for the next action an effect sent, checks `matching` accepts it, reduces it and
    /// checks the state; for actions whose payload a test cannot (or need not) spell out.
    func receive(_ matching: @escaping (Action) -> Bool, timeout: Duration = TestStoreTimeout.default,
                 assert: ((inout State) -> Void)? = nil,
                 fileID: StaticString = #fileID, filePath: StaticString = #filePath,
                 line: UInt = #line, column: UInt = #column) async {
        let location = sourceLocation(fileID, filePath, line, column)
        await receive("an action accepted by the predicate", timeout: timeout, assert: assert, location,
                      matches: matching,
                      mismatch: { "Received an action the predicate rejected:\n  " + self.describe($0) })
    }

    private func receive(_ expectation: String, timeout: Duration, assert: ((inout State) -> Void)?,
                         _ location: SourceLocation, matches: (Action) -> Bool,
                         mismatch: (Action) -> String) async {
        while true {
            guard await wait(timeout, until: { !self.received.isEmpty }) else {
                fail("Expected to receive \(expectation), but no action arrived within \(timeout).", location)
                return
            }
            guard let action = takeReceived() else { continue }
            if matches(action) {
                apply(action, assert: assert, location)
                await Task.megaYield()
                return
            }
            if exhaustivity == .on {
                fail(mismatch(action), location)
                reduceUnchecked(action)
                return
            }
            // Not exhaustive: an action the test does not care about is reduced and skipped.
            reduceUnchecked(action)
        }
    }

    /// The actions received and not yet taken, oldest first.
    var received: [Action] { mailbox.value }

    /// Takes the oldest received action, if any.
    func takeReceived() -> Action? {
        mailbox.withValue { $0.isEmpty ? nil : $0.removeFirst() }
    }

    /// Reduces an action and starts its effects without checking the state, for actions a
    /// test skipped or a failure already reported.
    func reduceUnchecked(_ action: Action) { execute(reducer(&state, action)) }

    /// Reduces an action, checks the state change, and starts the effects.
    private func apply(_ action: Action, assert: ((inout State) -> Void)?, _ location: SourceLocation) {
        let before = state
        let effect = reducer(&state, action)
        check(before: before, assert: assert, location)
        execute(effect)
    }

    /// Compares the state with the old state as changed by `assert` (exhaustive), or only the
    /// fields `assert` sets (not exhaustive), and reports a readable diff on mismatch.
    private func check(before: State, assert: ((inout State) -> Void)?, _ location: SourceLocation) {
        var expected = exhaustivity == .on ? before : state
        assert?(&expected)
        if expected != state {
            let difference = diff(expected, state) ?? "(the values differ but dump the same)"
            let lead = assert == nil && exhaustivity == .on
                ? "State changed, but no assert closure said how (- expected, + actual):"
                : "A state change does not match the expectation (- expected, + actual):"
            fail(lead + "\n" + difference, location)
        } else if let assert, exhaustivity == .on {
            var probe = before
            assert(&probe)
            if probe == before {
                fail("Expected the state to change, but the assert closure changed nothing; omit it if "
                     + "no change is expected.", location)
            }
        }
    }

    func fail(_ message: String, _ location: SourceLocation) { reportIssue(message, location) }

    /// The caller's position, where Swift Testing shows the failure.
    func sourceLocation(_ fileID: StaticString, _ filePath: StaticString, _ line: UInt, _ column: UInt) -> SourceLocation {
        SourceLocation(fileID: "\(fileID)", filePath: "\(filePath)", line: Int(line), column: Int(column))
    }

    func describe(_ action: Action) -> String {
        var text = ""
        customDump(action, to: &text, maxDepth: 2)
        return text
    }
}
