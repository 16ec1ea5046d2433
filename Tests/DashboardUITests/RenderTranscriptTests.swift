import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

@testable import DashboardUI

/// The transcript below a session's fields: times, who, text wrapped under the text, and
/// hostile text shown inert.
struct RenderTranscriptTests {
    static func state(_ events: Loadable<[SessionEvent]>) -> (DashboardState, String) {
        var state = RenderFixtures.loaded(width: 100, height: 50)
        let session = state.sessions.table.items.first { $0.session.sessionId != nil }!.session
        let id = session.sessionId!
        state.sessions.transcript = TranscriptState(sessionId: id, events: events)
        state.overlay = .detail(pane: .sessions, key: session.stableKey, scroll: 10_000)
        return (state, id)
    }

    @Test func linesShowTimeNameAndTextWrappedAndSanitized() {
        let start = RenderFixtures.now - 600
        let (state, _) = Self.state(.loaded([
            SessionEvent(time: start, from: .system, text: "Ann started the session"),
            SessionEvent(time: start + 65, from: .customer, fromName: "Bob\u{1B}[31m",
                         text: "\u{1B}[2Jmy printer says offline and I have tried turning it off and on again twice today"),
            SessionEvent(time: start + 70, from: .expert, fromName: "Ann", text: "ありがとう 👍"),
        ]))
        let grid = RenderFixtures.render(state)
        expectSafeFrame(grid)
        let text = grid.lines.joined(separator: "\n")
        #expect(text.contains("│ transcript"))
        #expect(text.contains(TimeText(zone: TimeZone(identifier: "UTC")!).time(start) + "  system: Ann started the session"))
        #expect(text.contains("Bob\\e[31m: \\e[2Jmy printer says offline"))
        #expect(text.contains("Ann: ありがとう 👍"))
        // The long line wraps under its text column, not under the time.
        let wrapped = grid.lines.first { $0.contains("twice today") }!
        #expect(wrapped.contains("│           ") )
    }

    @Test func loadingFailedAndEmptyAreSaidInWords() {
        #expect(RenderFixtures.render(Self.state(.loading).0).lines.joined().contains("loading…"))
        #expect(RenderFixtures.render(Self.state(.failed("not found (404): No session 1")).0).lines.joined()
            .contains("could not load it: not found (404): No session 1"))
        #expect(RenderFixtures.render(Self.state(.loaded([])).0).lines.joined().contains("no messages"))
    }
}
