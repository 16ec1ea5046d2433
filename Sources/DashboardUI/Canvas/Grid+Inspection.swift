extension Grid {
    /// The text of each row, continuation cells skipped and trailing spaces kept.
    ///
    /// Keeping trailing spaces makes widths visible in test failures: a pane test compares
    /// `grid.lines` with string literals of exactly the grid's width.
    public var lines: [String] {
        (0..<height).map(text(row:))
    }

    /// Returns the text of row `y` (continuation cells skipped, trailing spaces kept).
    public func text(row y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var line = ""
        for cell in cells[y * width..<(y + 1) * width] where !cell.isContinuation {
            line.append(cell.character)
        }
        return line
    }

    /// Returns row `y` split into maximal runs of cells that share a style, left to right.
    ///
    /// Style assertions use it, e.g. "the selected row is reverse from column 1 to 12".
    public func styleRuns(row y: Int) -> [StyleRun] {
        guard y >= 0, y < height, width > 0 else { return [] }
        var runs: [StyleRun] = []
        var start = 0
        var text = ""
        var style = cells[y * width].style
        for x in 0..<width {
            let cell = cells[y * width + x]
            if cell.style != style {
                runs.append(StyleRun(columns: start..<x, style: style, text: text))
                (start, text, style) = (x, "", cell.style)
            }
            if !cell.isContinuation { text.append(cell.character) }
        }
        runs.append(StyleRun(columns: start..<width, style: style, text: text))
        return runs
    }

    /// Returns the style of the run that contains `substring` in row `y`, if any.
    ///
    /// A convenience for tests: `grid.style(of: "4711", row: 2)?.reverse == true`.
    public func style(of substring: String, row y: Int) -> Style? {
        styleRuns(row: y).first { $0.text.contains(substring) }?.style
    }
}

extension Grid: CustomStringConvertible {
    /// The rows joined with newlines, so test failures print the picture.
    public var description: String {
        lines.joined(separator: "\n")
    }
}
