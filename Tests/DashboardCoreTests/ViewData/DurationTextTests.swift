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
        // 10m is due at start + 600, a second ending in 0 (the clock's), so it shows a second later.
        #expect(row.displayCells(now: start + 600.2, time: time)[6] == "9m")
        let cells = (1..<60).map { row.displayCells(now: start + 600.2 + Double($0), time: time) }
        #expect(Set(cells.map { $0[6] }) == ["10m"])
        #expect(cells[0][5] == "30s", "a finished wait keeps its exact length")
    }

    /// The idle budget: in no second do two kinds of time text change together.
    @Test func theClockLabelsAndRunningDurationsNeverChangeInTheSameSecond() {
        let time = TimeText(zone: TimeZone(identifier: "UTC")!)
        let base = Date(timeIntervalSince1970: 1_800_000_000.25)
        var statuses: [PaneID: RefreshStatus] = [:]
        for (index, pane) in PaneID.allCases.enumerated() {
            var status = RefreshStatus()
            status.lastSuccess = base - Double(index) * 0.3   // refreshed in the same second
            statuses[pane] = status
        }
        let rows = (0..<7).map { offset in
            SessionRow(Session(sessionId: "\(offset)", status: .active, startedAt: base - 61 - Double(offset * 7),
                               customerJoinedAt: base - 50))
        }
        func texts(_ now: Date) -> (clock: String, labels: [String], durations: [String]) {
            (time.hourMinute(now),
             PaneID.allCases.map { statuses[$0]!.label(now: TickSlots.labelTime(for: $0, now: now)) },
             rows.map { $0.displayCells(now: now, time: time)[6] })
        }
        var previous = texts(base)
        var changedSeconds = 0
        for second in 1...900 {
            let now = base + Double(second)
            let current = texts(now)
            var kinds = 0
            if current.clock != previous.clock { kinds += 1 }
            kinds += zip(current.labels, previous.labels).filter { $0 != $1 }.count
            if current.durations != previous.durations { kinds += 1 }
            #expect(kinds <= 1, "second \(second): clock, labels and durations changed together")
            if kinds > 0 { changedSeconds += 1 }
            previous = current
        }
        #expect(changedSeconds > 50, "the texts do change, just never together")
    }
}
