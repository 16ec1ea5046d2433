import DashboardCore
import Foundation
import GoToAssistAPI
import Logging
import Testing
@testable import DashboardUI

/// The run loop with a fake terminal: keys in, frames out, nothing sent twice.
@MainActor
struct DashboardAppTests {
    final class FakeTerminal: TerminalDevice, @unchecked Sendable {
        let events: AsyncStream<TerminalEvent>
        private let continuation: AsyncStream<TerminalEvent>.Continuation
        let size = TerminalSize(width: 100, height: 30)
        let capabilities = TerminalCapabilities(colorDepth: .c256, isUTF8: true)
        private(set) var frames: [Grid] = []
        private(set) var shutDown = false

        init() { (events, continuation) = AsyncStream.makeStream() }
        func present(_ grid: Grid) { frames.append(grid) }
        func shutdown() async { shutDown = true }
        func emit(_ event: TerminalEvent) { continuation.yield(event) }
        func finish() { continuation.finish() }
    }

    static func makeApp(_ terminal: FakeTerminal, sessions: [Session]) -> (DashboardApp, Store<DashboardState, DashboardAction>) {
        let environment = DashboardEnvironment(
            fetchSessions: { _, _ in sessions }, fetchCompanies: { _ in CompanyPage(totalNumCompanies: 0, companies: []) },
            fetchRecordings: { _ in RecordingsFetch(list: RecordingList()) }, fetchRecordingURLs: { _ in [] }, loadTheme: { _ in nil },
            clock: DashboardClock(now: { Date() }, sleep: { _ in try await Self.waitUntilCancelled() }),
            logger: Logger(label: "t", factory: { _ in SwiftLogNoOpLogHandler() }))
        let reducer = DashboardReducer(environment: environment)
        let store = Store(initialState: DashboardState(settings: DashboardSettings(), now: Date()), reducer: reducer.reduce)
        let themes = ThemeProvider(loader: ThemeLoader(searchDirectories: []), depth: .c256, initial: .defaultDark)
        return (DashboardApp(store: store, terminal: terminal, keymap: .standard, themes: themes), store)
    }

    /// A timer that never fires: waits until its effect is cancelled.
    nonisolated static func waitUntilCancelled() async throws {
        let (stream, continuation) = AsyncStream<Int>.makeStream()
        await withTaskCancellationHandler {
            for await _ in stream {}
        } onCancel: {
            continuation.finish()
        }
        throw CancellationError()
    }

    /// Lets queued main-actor work (effects, coalesced renders) run until `condition` holds.
    func settle(until condition: () -> Bool) async {
        for _ in 0..<10_000 where !condition() { await Task.yield() }
    }

    @Test func keysBecomeActionsAndFramesShowTheResult() async {
        let terminal = FakeTerminal()
        let (app, store) = Self.makeApp(terminal, sessions: [Session(sessionId: "4711", status: .active, startedAt: Date(), customerName: "Zoë")])
        let run = Task { await app.run() }
        await settle { terminal.frames.last?.lines.contains { $0.contains("4711") } == true }
        #expect(terminal.frames.last?.lines.contains { $0.contains("Zoë") } == true)
        terminal.emit(.key(.character("2")))
        await settle { store.state.focus == .companies }
        #expect(store.state.focus == .companies)
        terminal.emit(.key(.character("q")))
        _ = await run.value
        #expect(terminal.shutDown)
        #expect(store.state.shouldQuit)
    }

    @Test func anUnchangedStateSendsNoNewFrame() async {
        let terminal = FakeTerminal()
        let (app, _) = Self.makeApp(terminal, sessions: [])
        let run = Task { await app.run() }
        await settle { terminal.frames.last?.lines.joined().contains("updated") == true }
        let count = terminal.frames.count
        // Keys that change nothing (no rows to move through) must not produce frames.
        terminal.emit(.key(.character("j")))
        terminal.emit(.key(.character("x")))
        await settle { false }
        #expect(terminal.frames.count == count)
        terminal.emit(.hangup)
        _ = await run.value
        #expect(terminal.shutDown)
    }

    /// What ended the run decides the exit status: keys quit (0); a signal (130, 143) or a
    /// lost terminal (129) is reported as such.
    @Test(arguments: [
        (TerminalEvent.key(.character("q")), DashboardExit.quit),
        (TerminalEvent.key(.ctrl("c")), DashboardExit.quit),
        (TerminalEvent.terminate(signal: 2), DashboardExit.signal(2)),
        (TerminalEvent.terminate(signal: 15), DashboardExit.signal(15)),
        (TerminalEvent.hangup, DashboardExit.hangup),
    ])
    func theRunSaysWhyItEnded(event: TerminalEvent, expected: DashboardExit) async {
        let terminal = FakeTerminal()
        let (app, _) = Self.makeApp(terminal, sessions: [])
        let run = Task { await app.run() }
        await settle { !terminal.frames.isEmpty }
        terminal.emit(event)
        #expect(await run.value == expected)
        #expect(terminal.shutDown)
    }

    @Test func anInputStreamThatEndsCountsAsAHangUp() async {
        let terminal = FakeTerminal()
        let (app, _) = Self.makeApp(terminal, sessions: [])
        let run = Task { await app.run() }
        terminal.finish()
        #expect(await run.value == .hangup)
        #expect(DashboardExit.hangup.signal == 1 && DashboardExit.quit.signal == nil)
    }

    @Test func aResizeRedrawsAtTheNewSize() async {
        let terminal = FakeTerminal()
        let (app, _) = Self.makeApp(terminal, sessions: [])
        let run = Task { await app.run() }
        await settle { !terminal.frames.isEmpty }
        terminal.emit(.resized(TerminalSize(width: 40, height: 10)))
        await settle { terminal.frames.last?.width == 40 }
        #expect(terminal.frames.last?.lines.joined().contains("too small") == true)
        terminal.finish()
        _ = await run.value
    }
}
