import DashboardCore
import Testing

@testable import DashboardUI

@Suite struct GridTests {
    let red = Style(fg: .ansi(1))
    let blue = Style(fg: .ansi(4))

    @Test func newGridIsBlankRowsOfItsWidth() {
        let grid = Grid(width: 3, height: 2)
        #expect(grid.lines == ["   ", "   "])
    }

    @Test func putWritesTextAndReturnsColumnsUsed() {
        var grid = Grid(width: 8, height: 1)
        #expect(grid.put("abc", x: 1, y: 0) == 3)
        #expect(grid.lines == [" abc    "])
    }

    @Test func putClipsAtTheGridEdge() {
        var grid = Grid(width: 5, height: 1)
        #expect(grid.put("abcdefgh", x: 2, y: 0) == 3)
        #expect(grid.lines == ["  abc"])
    }

    @Test func putClipsAtMaxWidth() {
        var grid = Grid(width: 8, height: 1)
        #expect(grid.put("abcdefgh", x: 1, y: 0, maxWidth: 3) == 3)
        #expect(grid.lines == [" abc    "])
    }

    @Test func putWithEllipsisTruncatesInsteadOfClipping() {
        var grid = Grid(width: 8, height: 1)
        grid.put("abcdefgh", x: 1, y: 0, maxWidth: 4, ellipsis: "…")
        #expect(grid.lines == [" abc…   "])
    }

    @Test func wideCharactersTakeTwoCellsButOneCharacterInLines() {
        var grid = Grid(width: 6, height: 1)
        #expect(grid.put("中文", x: 0, y: 0) == 4)
        #expect(grid.lines == ["中文  "])
        #expect(grid[x: 1, y: 0].isContinuation)
        #expect(!grid[x: 2, y: 0].isContinuation)
    }

    @Test func wideCharacterThatDoesNotFitLeavesABlank() {
        var grid = Grid(width: 5, height: 1)
        grid.fill(grid.bounds, style: .plain, character: ".")
        #expect(grid.put("ab中", x: 2, y: 0) == 3)
        #expect(grid.lines == ["..ab "])
        var clipped = Grid(width: 6, height: 1)
        #expect(clipped.put("a中b", x: 0, y: 0, maxWidth: 2) == 2)
        #expect(clipped.lines == ["a     "])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(width: 6, height: 1)
        grid.put("中文", x: 0, y: 0)
        grid.put("x", x: 1, y: 0)  // right half of 中
        #expect(grid.lines == [" x文  "])
        grid.put("y", x: 2, y: 0)  // left half of 文
        #expect(grid.lines == [" xy   "])
        #expect(grid.cells.allSatisfy { !$0.isContinuation })
    }

    @Test func wideCharacterOverlappingAnotherBlanksItsLeftovers() {
        var grid = Grid(width: 6, height: 1)
        grid.put("中文", x: 0, y: 0)
        grid.put("字", x: 1, y: 0)
        // 中 loses its right half and 文 its left half; both leftovers become blanks.
        #expect(grid.lines == [" 字   "])
    }

    @Test func wideCharacterStraddlingTheLeftEdgeShowsABlank() {
        var grid = Grid(width: 4, height: 1)
        grid.fill(grid.bounds, style: .plain, character: ".")
        #expect(grid.put("中ab", x: -1, y: 0) == 4)
        #expect(grid.lines == [" ab."])
    }

    @Test func putOutsideTheGridDrawsNothing() {
        var grid = Grid(width: 3, height: 2)
        #expect(grid.put("abc", x: 0, y: 2) == 0)
        #expect(grid.put("abc", x: 0, y: -1) == 0)
        #expect(grid.put("abc", x: 3, y: 0) == 0)
        #expect(grid.put("abc", x: 0, y: 0, maxWidth: 0) == 0)
        #expect(grid.lines == ["   ", "   "])
    }

    @Test func zeroWidthGraphemesAreDropped() {
        var grid = Grid(width: 4, height: 1)
        grid.put("a\u{200B}b", x: 0, y: 0)
        #expect(grid.lines == ["ab  "])
    }

    @Test func combiningMarksStayWithTheirBaseCharacter() {
        var grid = Grid(width: 3, height: 1)
        #expect(grid.put("e\u{301}x", x: 0, y: 0) == 2)
        #expect(grid.lines == ["e\u{301}x "])
    }

    @Test func zeroAndOneCellGridsDoNotCrash() {
        var empty = Grid(width: 0, height: 0)
        #expect(empty.put("abc", x: 0, y: 0) == 0)
        empty.fill(Rect(x: 0, y: 0, width: 5, height: 5), style: red)
        empty.box(Rect(x: 0, y: 0, width: 5, height: 5), title: "T")
        #expect(empty.lines == [])
        #expect(empty.styleRuns(row: 0) == [])

        var single = Grid(width: 1, height: 1)
        #expect(single.put("中", x: 0, y: 0) == 1)
        #expect(single.lines == [" "])
        single.box(single.bounds, title: "Sessions")
        #expect(single.lines.count == 1)
        #expect(single.put("ab", x: 0, y: 0) == 1)
        #expect(single.lines == ["a"])

        let negative = Grid(width: -3, height: -1)
        #expect(negative.width == 0 && negative.lines.isEmpty)
    }

    // MARK: - Fill and box

    @Test func fillIsClippedToTheGrid() {
        var grid = Grid(width: 4, height: 2)
        grid.fill(Rect(x: 2, y: 1, width: 10, height: 10), style: red, character: "#")
        #expect(grid.lines == ["    ", "  ##"])
        #expect(grid[x: 3, y: 1].style == red)
    }

    @Test func fillCuttingAWideCharacterBlanksItsOtherHalf() {
        var grid = Grid(width: 4, height: 1)
        grid.put("中文", x: 0, y: 0)
        grid.fill(Rect(x: 1, y: 0, width: 2, height: 1), style: .plain, character: "-")
        #expect(grid.lines == [" -- "])
    }

    @Test func boxDrawsBordersAndTitle() {
        var grid = Grid(width: 14, height: 4)
        grid.box(grid.bounds, title: "Sessions")
        #expect(
            grid.lines == [
                "┌Sessions────┐",
                "│            │",
                "│            │",
                "└────────────┘",
            ])
    }

    @Test func boxTitleIsTruncatedBetweenTheCorners() {
        var grid = Grid(width: 8, height: 2)
        grid.box(grid.bounds, title: "Very long title")
        #expect(grid.lines == ["┌Very …┐", "└──────┘"])
    }

    @Test func boxUsesASCIIBordersForNonUTF8Terminals() {
        var grid = Grid(width: 5, height: 3)
        grid.box(grid.bounds, title: "ab", borders: BorderSet.standard(utf8: false))
        #expect(grid.lines == ["+ab-+", "|   |", "+---+"])
    }

    @Test func boxStylesBorderAndTitleSeparately() {
        var grid = Grid(width: 6, height: 2)
        grid.box(grid.bounds, title: "T", style: blue, titleStyle: red)
        #expect(grid.style(of: "T", row: 0) == red)
        #expect(grid[x: 0, y: 0].style == blue)
        #expect(grid[x: 5, y: 1].style == blue)
    }

    @Test func boxPartlyOutsideTheGridIsClipped() {
        var grid = Grid(width: 4, height: 2)
        grid.box(Rect(x: 2, y: 0, width: 5, height: 5))
        #expect(grid.lines == ["  ┌─", "  │ "])
    }

    @Test func dividerJoinsTheBoxWithTees() {
        var grid = Grid(width: 5, height: 3)
        grid.box(grid.bounds)
        grid.divider(grid.bounds, y: 1)
        #expect(grid.lines == ["┌───┐", "├───┤", "└───┘"])
    }

    // MARK: - Inspection

    @Test func styleRunsGroupCellsByStyle() {
        var grid = Grid(width: 8, height: 1)
        grid.put("ab", x: 0, y: 0, style: red)
        grid.put("中", x: 2, y: 0, style: blue)
        #expect(
            grid.styleRuns(row: 0) == [
                StyleRun(columns: 0..<2, style: red, text: "ab"),
                StyleRun(columns: 2..<4, style: blue, text: "中"),
                StyleRun(columns: 4..<8, style: .plain, text: "    "),
            ])
    }

    @Test func sanitizedTextDrawsEscapesInTheirOwnStyle() {
        var grid = Grid(width: 10, height: 1)
        let text = TextSanitizer.sanitizeMarkingEscapes("a\u{1B}[1m")
        #expect(grid.put(text, x: 0, y: 0, style: blue, escapeStyle: red) == 6)
        #expect(grid.lines == [#"a\e[1m    "#])
        #expect(grid.style(of: #"\e"#, row: 0) == red)
        #expect(grid.style(of: "[1m", row: 0) == blue)
    }

    @Test func sanitizedTextHonoursMaxWidth() {
        var grid = Grid(width: 10, height: 1)
        let text = TextSanitizer.sanitizeMarkingEscapes("ab\u{1B}cd")
        #expect(grid.put(text, x: 0, y: 0, escapeStyle: red, maxWidth: 3) == 3)
        #expect(grid.lines == [#"ab\       "#])
    }

    @Test func cursorIsPartOfTheGridValue() {
        var grid = Grid(width: 3, height: 3)
        #expect(grid.cursor == nil)
        let before = grid
        grid.cursor = (x: 0, y: 2)
        #expect(grid.cursor?.x == 0 && grid.cursor?.y == 2)
        #expect(grid != before)
    }

    @Test func descriptionPrintsThePicture() {
        var grid = Grid(width: 2, height: 2)
        grid.put("ab", x: 0, y: 1)
        #expect(grid.description == "  \nab")
    }

    @Test func rectHelpersClampAndIntersect() {
        let rect = Rect(x: 1, y: 1, width: 4, height: 3)
        #expect(rect.inner == Rect(x: 2, y: 2, width: 2, height: 1))
        #expect(rect.insetBy(dx: 3, dy: 3).isEmpty)
        #expect(
            rect.intersection(Rect(x: 3, y: 0, width: 10, height: 2))
                == Rect(x: 3, y: 1, width: 2, height: 1))
        #expect(rect.intersection(Rect(x: 9, y: 9, width: 1, height: 1)).isEmpty)
        #expect(rect.contains(x: 4, y: 3) && !rect.contains(x: 5, y: 3))
        #expect(Rect(x: 0, y: 0, width: -2, height: 3).width == 0)
    }
}
