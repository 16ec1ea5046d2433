import Foundation
import GoToAssistAPI
import Testing
@testable import DashboardCore

/// Ages and running durations change in coarse steps, so an idle screen stays quiet.
struct DurationTextTests {
    @Test func agesMoveInTenSecondStepsAndKeepTheirWidth() {
        let expected: [(Double, String)] = [
            (0, " 0s ago"), (9.9, " 0s ago"), (10, "10s ago"), (59, "50s ago"),
            (60, " 1m ago"), (3599, "59m ago"), (3600, " 1h ago"), (86_400 * 3, " 3d ago"),
        ]
        for (seconds, label) in expected { #expect(DurationText.ago(seconds) == label, "\(seconds) s") }
    }

    @Test func aRunningDurationIsShownToTheMinuteOncePastAMinute() {
        #expect(DurationText.compact(45, running: true) == "45s")
        #expect(DurationText.compact(12 * 60 + 3, running: true) == "12m")
        #expect(DurationText.compact(12 * 60 + 59, running: true) == "12m")
        #expect(DurationText.compact(3 * 3600 + 5 * 60 + 7, running: true) == "3h05m")
        // A finished session keeps its seconds: it no longer changes.
        #expect(DurationText.compact(12 * 60 + 3) == "12m03s")
    }

    @Test func liveRowsOnlyChangeWhenTheMinuteDoes() {
        let start = Date(timeIntervalSince1970: 1_000_000)
        let row = SessionRow(Session(sessionId: "1", status: .active, startedAt: start, customerJoinedAt: start + 30))
        let time = TimeText(zone: TimeZone(identifier: "UTC")!)
        let cells = (0..<59).map { row.displayCells(now: start + 600 + Double($0), time: time) }
        #expect(Set(cells.map { $0[6] }) == ["10m"])
        #expect(cells[0][5] == "30s", "a finished wait keeps its exact length")
    }
}
