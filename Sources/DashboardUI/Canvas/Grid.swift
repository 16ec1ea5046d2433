import DashboardCore

/// An in-memory screen: a width × height array of styled cells that panes draw into.
///
/// Rendering is pure: panes draw into a `Grid`, tests read it back through ``lines`` and
/// ``styleRuns(row:)``, and the terminal layer copies it to the real screen. The grid plays the
/// part of ratatui's `Buffer`.
///
/// A wide character occupies its own cell plus a continuation cell to the right. The grid
/// keeps that pairing intact: nothing ever shows half of a wide character. Writing over
/// either half blanks the other.
///
/// The grid does **not** sanitize. Callers pass text that has been through
/// `TextSanitizer` (API data) or that they wrote themselves (labels); sanitizing here as well
/// would double-escape and hide from the caller where untrusted text enters.
public struct Grid: Equatable, Sendable {
    /// The number of columns.
    public let width: Int
    /// The number of rows.
    public let height: Int
    /// All cells, row by row (`cells[y * width + x]`).
    public private(set) var cells: [Cell]
    private var cursorPosition: CursorPosition?

    /// Creates a grid filled with blanks in `style`; negative sizes become zero.
    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    /// Where the terminal should park its (usually hidden) cursor, or `nil` to leave it.
    ///
    /// Panes set this to the start of the selected row so screen readers and braille displays
    /// follow the selection, as tig does. Positions outside the grid are ignored by the terminal
    /// layer.
    public var cursor: (x: Int, y: Int)? {
        get { cursorPosition.map { ($0.x, $0.y) } }
        set { cursorPosition = newValue.map { CursorPosition(x: $0.x, y: $0.y) } }
    }

    /// The whole grid as a rect at the origin.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Returns the cell at column `x`, row `y`; both must be inside the grid.
    public subscript(x x: Int, y y: Int) -> Cell {
        precondition(x >= 0 && x < width && y >= 0 && y < height, "cell (\(x), \(y)) outside grid")
        return cells[y * width + x]
    }

    // MARK: - Writing text

    /// Writes `text` starting at (`x`, `y`) and returns how many columns it advanced.
    ///
    /// Text is clipped at the grid's right edge and after `maxWidth` columns; with an
    /// `ellipsis`, text that would be clipped is truncated with it instead. A wide character
    /// that does not fit in the last free column leaves a blank there, never half a glyph.
    /// Graphemes of zero width (a lone combining mark, ZWSP) have no cell and are dropped.
    /// Rows outside the grid draw nothing and return 0.
    @discardableResult
    public mutating func put(
        _ text: String,
        x: Int,
        y: Int,
        style: Style = .plain,
        maxWidth: Int? = nil,
        ellipsis: String? = nil
    ) -> Int {
        guard y >= 0, y < height else { return 0 }
        var limit = width
        if let maxWidth, maxWidth < width - x { limit = x + max(0, maxWidth) }
        guard x < limit else { return 0 }
        var text = text
        if let ellipsis {
            text = DisplayWidth.truncate(text, toWidth: limit - x, ellipsis: ellipsis)
        }
        var column = x
        for (character, characterWidth) in DisplayWidth.widths(text) where characterWidth > 0 {
            if column + characterWidth > limit {
                if column < limit, column >= 0 {
                    setNarrow(" ", x: column, y: y, style: style)
                    column += 1
                }
                break
            }
            if column >= 0 {
                if characterWidth == 2 {
                    setWide(character, x: column, y: y, style: style)
                } else {
                    setNarrow(character, x: column, y: y, style: style)
                }
            } else if column + characterWidth > 0 {
                // A wide character straddling the left edge: its visible half becomes a blank.
                setNarrow(" ", x: 0, y: y, style: style)
            }
            column += characterWidth
        }
        return max(0, column - x)
    }

    /// Writes sanitized text, drawing the sanitizer's escapes (`\e`, `\u202E`) in `escapeStyle`.
    @discardableResult
    public mutating func put(
        _ text: SanitizedText,
        x: Int,
        y: Int,
        style: Style = .plain,
        escapeStyle: Style,
        maxWidth: Int? = nil
    ) -> Int {
        var used = 0
        for segment in text.segments where used < (maxWidth ?? Int.max) {
            used += put(
                String(segment.text),
                x: x + used,
                y: y,
                style: segment.isEscape ? escapeStyle : style,
                maxWidth: maxWidth.map { $0 - used }
            )
        }
        return used
    }

    // MARK: - Cell primitives

    /// Stores a one-column character, blanking the other half of any wide character it hits.
    mutating func setNarrow(_ character: Character, x: Int, y: Int, style: Style) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        breakWideCharacter(at: x, y: y)
        cells[y * width + x] = Cell(character, style: style)
    }

    /// Stores a two-column character and its continuation cell; `x + 1` must be inside.
    private mutating func setWide(_ character: Character, x: Int, y: Int, style: Style) {
        breakWideCharacter(at: x, y: y)
        breakWideCharacter(at: x + 1, y: y)
        cells[y * width + x] = Cell(character, style: style)
        cells[y * width + x + 1] = Cell(" ", style: style, isContinuation: true)
    }

    /// Blanks the half of a wide character that is left over when (`x`, `y`) is overwritten.
    private mutating func breakWideCharacter(at x: Int, y: Int) {
        let index = y * width + x
        if cells[index].isContinuation, x > 0 {
            cells[index - 1] = .blank(cells[index - 1].style)
            cells[index] = .blank(cells[index].style)
        }
        if x + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1] = .blank(cells[index + 1].style)
        }
    }
}

/// A stored cursor position; a struct rather than a tuple so `Grid` stays `Equatable`.
private struct CursorPosition: Hashable, Sendable {
    var x: Int
    var y: Int
}
