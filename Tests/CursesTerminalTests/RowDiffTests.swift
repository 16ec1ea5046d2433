import DashboardUI
import Testing

@testable import CursesTerminal

struct RowDiffTests {
    @Test func withoutPreviousFrameWholeRowChanges() {
        let grid = Grid(width: 10, height: 2)
        #expect(RowDiff.changedColumns(row: 1, old: nil, new: grid) == 0..<10)
    }

    @Test func identicalRowIsUnchanged() {
        var grid = Grid(width: 10, height: 2)
        grid.put("hello", x: 0, y: 0)
        #expect(RowDiff.changedColumns(row: 0, old: grid, new: grid) == nil)
    }

    @Test func changedRunIsExactlyTheDifferingColumns() {
        var old = Grid(width: 20, height: 1)
        old.put("clock 12:00:01 ok", x: 0, y: 0)
        var new = old
        new.put("12:00:02", x: 6, y: 0)
        #expect(RowDiff.changedColumns(row: 0, old: old, new: new) == 13..<14)
    }

    @Test func styleChangeCountsAsChange() {
        var old = Grid(width: 10, height: 1)
        old.put("row", x: 2, y: 0)
        var new = Grid(width: 10, height: 1)
        new.put("row", x: 2, y: 0, style: Style(reverse: true))
        #expect(RowDiff.changedColumns(row: 0, old: old, new: new) == 2..<5)
    }

    @Test func narrowCharacterOverRightHalfOfWideOneRewritesBothColumns() {
        var old = Grid(width: 10, height: 1)
        old.put("a界b", x: 0, y: 0)
        var new = old
        new.put("x", x: 2, y: 0)
        // The grid blanks the orphaned left half; the span must start there, never on the
        // right half, because only left halves are written.
        #expect(RowDiff.changedColumns(row: 0, old: old, new: new) == 1..<3)
    }
}
