import DashboardUI

/// Finds which columns of a row changed between two frames, so only those cells are handed to
/// curses.
///
/// ncurses already sends only real differences to the terminal; this keeps the number of calls
/// across the C boundary proportional to what changed, and gives tests a seam. A change that
/// starts on the right half of a wide character widens to include its left half, because only
/// the left half is ever written.
enum RowDiff {
    /// The columns of row `y` to rewrite, or `nil` when the row is unchanged.
    ///
    /// With no previous frame (first frame, resize) the whole row is returned. Both grids must
    /// have the same width when `old` is given.
    static func changedColumns(row y: Int, old: Grid?, new: Grid) -> Range<Int>? {
        guard new.width > 0 else { return nil }
        let start = y * new.width
        let newRow = new.cells[start..<start + new.width]
        guard let old else { return 0..<new.width }
        precondition(old.width == new.width, "frames of different widths are not diffed")
        let oldRow = old.cells[start..<start + old.width]
        guard newRow != oldRow else { return nil }
        var first = 0
        while newRow[start + first] == oldRow[start + first] { first += 1 }
        var last = new.width - 1
        while newRow[start + last] == oldRow[start + last] { last -= 1 }
        if first > 0,
            new.cells[start + first].isContinuation || old.cells[start + first].isContinuation
        {
            first -= 1
        }
        return first..<last + 1
    }
}
