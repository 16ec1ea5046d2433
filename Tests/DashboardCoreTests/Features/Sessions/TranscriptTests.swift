@testable import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// Opening a session's detail loads its chat transcript once; a session without an id has none.
struct TranscriptTests {
    static let events = [
        SessionEvent(time: Date(timeIntervalSince1970: 1_800_000_000), from: .system, text: "Ann started the session"),
        SessionEvent(time: Date(timeIntervalSince1970: 1_800_000_060), from: .customer, fromName: "Bob", text: "hello"),
    ]

    @Test func openingTheDetailFetchesTheTranscriptOnce() async {
        var h = ReducerHarness()
        h.workflows.events["7"] = Self.events
        h.send(.sessions(.response(.success([SessionFixtures.session(7)]))))
        let produced = await h.sendAndRun(h.pane(.detailKeyPressed), .transcript)
        #expect(produced == [.sessions(.transcriptResponse(sessionId: "7", .success(Self.events)))])
        #expect(h.state.sessions.transcript == TranscriptState(sessionId: "7", events: .loaded(Self.events)))
        // Closing and opening again shows it without asking again.
        h.send(h.escape)
        #expect(h.send(h.pane(.detailKeyPressed)).runIDs.isEmpty)
    }

    @Test func theOpenTranscriptOfALiveSessionIsFetchedAgainWithEachRefresh() async {
        var h = ReducerHarness()
        h.workflows.events["7"] = Self.events
        h.send(.sessions(.response(.success([SessionFixtures.session(7, .active), SessionFixtures.session(8, .complete)]))))
        await h.sendAndRun(h.pane(.detailKeyPressed), .transcript)
        let more = Self.events + [SessionEvent(time: nil, from: .expert, fromName: "Ann", text: "done?")]
        h.workflows.events["7"] = more
        let effect = h.send(.sessions(.response(.success([SessionFixtures.session(7, .active), SessionFixtures.session(8, .complete)]))))
        #expect(h.state.sessions.transcript?.events == .loaded(Self.events), "old lines stay while fetching")
        for action in await effect.actions(of: .transcript) { h.send(action) }
        #expect(h.state.sessions.transcript?.events == .loaded(more))
        // An ended session's transcript does not change: no new fetch.
        h.send(h.escape)
        h.send(h.moved(.down))
        await h.sendAndRun(h.pane(.detailKeyPressed), .transcript)
        let ended = h.send(.sessions(.response(.success([SessionFixtures.session(7, .active), SessionFixtures.session(8, .complete)]))))
        #expect(!ended.runIDs.contains(.transcript))
    }

    @Test func aFailedFetchSaysWhyAndALateAnswerForAnotherSessionIsIgnored() async {
        var h = ReducerHarness()
        h.send(.sessions(.response(.success([SessionFixtures.session(7), SessionFixtures.session(8)]))))
        await h.sendAndRun(h.pane(.detailKeyPressed), .transcript)
        #expect(h.state.sessions.transcript?.events == .failed("not found (404): No session 7"))
        h.send(.sessions(.transcriptResponse(sessionId: "8", .success(Self.events))))
        #expect(h.state.sessions.transcript?.sessionId == "7")
    }

    @Test func aSessionNotStartedYetHasNoTranscriptToFetch() {
        var h = ReducerHarness()
        var pending = SessionFixtures.session(0, .notStarted)
        pending.sessionId = nil
        pending.sessionStartToken = "tok"
        h.send(.sessions(.response(.success([pending]))))
        #expect(h.send(h.pane(.detailKeyPressed)).runIDs.isEmpty)
        #expect(h.state.sessions.transcript == nil)
    }
}
