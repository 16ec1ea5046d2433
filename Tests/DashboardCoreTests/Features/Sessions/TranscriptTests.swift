import Clocks
@testable import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// Opening a session's detail loads its chat transcript once; a live session's open transcript
/// is fetched again with each refresh; a session without an id has none. On a `TestStore`: a
/// fetch that should not happen would arrive as an answer the test never received.
@MainActor
@Suite struct TranscriptTests {
    static let base = SessionFixtures.base
    static let events = [
        SessionEvent(time: Date(timeIntervalSince1970: 1_800_000_000), from: .system, text: "Ann started the session"),
        SessionEvent(time: Date(timeIntervalSince1970: 1_800_000_060), from: .customer, fromName: "Bob", text: "hello"),
    ]

    /// Enter on the selected session `id`: its detail opens and its transcript starts loading.
    static func openDetail(_ world: DlgWorld, _ id: String) async {
        await world.store.send(.pane(.sessions, .detailKeyPressed)) {
            $0.overlay = .detail(pane: .sessions, key: "id:" + id, scroll: 0)
            $0.sessions.transcript = TranscriptState(sessionId: id)
        }
    }

    @Test func openingTheDetailFetchesTheTranscriptOnce() async {
        let world = DlgWorld()
        world.workflows.events["7"] = Self.events
        await world.deliverSessions([SessionFixtures.session(7)])
        await Self.openDetail(world, "7")
        await world.store.receive(.sessions(.transcriptResponse(sessionId: "7", .success(Self.events)))) {
            $0.sessions.transcript?.events = .loaded(Self.events)
        }
        #expect(world.store.state.sessions.transcript == TranscriptState(sessionId: "7", events: .loaded(Self.events)))
        // Closing and opening again shows it without asking again: no second answer arrives.
        await world.store.send(.app(.escapePressed)) { $0.overlay = nil }
        await world.store.send(.pane(.sessions, .detailKeyPressed)) {
            $0.overlay = .detail(pane: .sessions, key: "id:7", scroll: 0)
        }
        await world.quit()
    }

    @Test func theOpenTranscriptOfALiveSessionIsFetchedAgainWithEachRefresh() async {
        let world = DlgWorld()
        world.workflows.events["7"] = Self.events
        let listed = [SessionFixtures.session(7, .active), SessionFixtures.session(8, .complete)]
        await world.deliverSessions(listed)
        await Self.openDetail(world, "7")
        await world.store.receive(.sessions(.transcriptResponse(sessionId: "7", .success(Self.events)))) {
            $0.sessions.transcript?.events = .loaded(Self.events)
        }
        let more = Self.events + [SessionEvent(time: nil, from: .expert, fromName: "Ann", text: "done?")]
        world.workflows.events["7"] = more
        // The same answer again changes no row; it only fetches the transcript again.
        await world.store.send(.sessions(.response(.success(listed))))
        #expect(world.store.state.sessions.transcript?.events == .loaded(Self.events), "old lines stay while fetching")
        await world.store.receive(.sessions(.transcriptResponse(sessionId: "7", .success(more)))) {
            $0.sessions.transcript?.events = .loaded(more)
        }
        #expect(world.store.state.sessions.transcript?.events == .loaded(more))

        // An ended session's transcript does not change: no new fetch.
        await world.store.send(.app(.escapePressed)) { $0.overlay = nil }
        await world.store.send(.pane(.sessions, .moved(.down))) { $0.sessions.table.move(.down, now: Self.base) }
        await Self.openDetail(world, "8")
        let missing = APIError.notFound(message: "No session 8")
        await world.store.receive(.sessions(.transcriptResponse(sessionId: "8", .failure(missing)))) {
            $0.sessions.transcript?.events = .failed(TextSanitizer.sanitize(missing.description))
        }
        await world.store.send(.sessions(.response(.success(listed)))) {
            // Just moved: the rows keep their order until the user stops moving.
            $0.sessions.table.setItems(DashboardState.rows(listed), now: Self.base)
        }
        await world.quit()
    }

    @Test func aFailedFetchSaysWhyAndALateAnswerForAnotherSessionIsIgnored() async {
        let world = DlgWorld()
        await world.deliverSessions([SessionFixtures.session(7), SessionFixtures.session(8)])
        await Self.openDetail(world, "7")
        await world.store.receive(.sessions(.transcriptResponse(sessionId: "7", .failure(.notFound(message: "No session 7"))))) {
            $0.sessions.transcript?.events = .failed("not found (404): No session 7")
        }
        #expect(world.store.state.sessions.transcript?.events == .failed("not found (404): No session 7"))
        await world.store.send(.sessions(.transcriptResponse(sessionId: "8", .success(Self.events))))
        #expect(world.store.state.sessions.transcript?.sessionId == "7")
        await world.quit()
    }

    @Test func aSessionNotStartedYetHasNoTranscriptToFetch() async {
        let world = DlgWorld()
        var pending = SessionFixtures.session(0, .notStarted)
        pending.sessionId = nil
        pending.sessionStartToken = "tok"
        await world.deliverSessions([pending])
        // The detail opens; no transcript is asked for, so no answer arrives.
        await world.store.send(.pane(.sessions, .detailKeyPressed)) {
            $0.overlay = .detail(pane: .sessions, key: "token:tok", scroll: 0)
        }
        #expect(world.store.state.sessions.transcript == nil)
        await world.quit()
    }
}
