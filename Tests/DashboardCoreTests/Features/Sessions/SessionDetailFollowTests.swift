import Clocks
@testable import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

/// An open session detail stays on its session when the session changes key: listed by its
/// start token until the expert starts it, then by its id (found by the end-to-end test on a
/// live demo, where the detail said "no longer in the list" the moment the expert joined).
@MainActor
@Suite struct SessionDetailFollowTests {
    @Test func theDetailFollowsASessionFromItsTokenToItsId() async {
        let world = DlgWorld()
        world.workflows.events["500628490"] = []
        let waiting = Session(status: .notStarted, sessionStartToken: "774944307", customerName: "Zoë")
        await world.deliverSessions([waiting])
        await world.store.send(.pane(.sessions, .detailKeyPressed)) {
            $0.overlay = .detail(pane: .sessions, key: "token:774944307", scroll: 0)
        }
        var started = waiting
        started.sessionId = "500628490"
        started.status = .active
        started.startedAt = SessionFixtures.base
        await world.deliverSessions([started]) {
            $0.overlay = .detail(pane: .sessions, key: "id:500628490", scroll: 0)
            // Live now, so its transcript loads with the refresh.
            $0.sessions.transcript = TranscriptState(sessionId: "500628490")
        }
        await world.store.receive(.sessions(.transcriptResponse(sessionId: "500628490", .success([])))) {
            $0.sessions.transcript?.events = .loaded([])
        }
        await world.quit()
    }

    @Test func aDetailWhoseSessionLeftTheListStaysPut() async {
        let world = DlgWorld()
        await world.deliverSessions([Session(status: .notStarted, sessionStartToken: "1", customerName: "A")])
        await world.store.send(.pane(.sessions, .detailKeyPressed)) {
            $0.overlay = .detail(pane: .sessions, key: "token:1", scroll: 0)
        }
        // Another session, not this one: the detail keeps its key and says the row is gone.
        await world.deliverSessions([SessionFixtures.session(9)])
        #expect(world.store.state.overlay == .detail(pane: .sessions, key: "token:1", scroll: 0))
        await world.quit()
    }
}
