/// One terminal cell of a ``Grid``: a grapheme and its style.
///
/// A wide grapheme (CJK, most emoji) covers two cells: the first holds the character, the
/// second is a *continuation* cell that the terminal layer skips when drawing.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn in this cell; a space for blank cells.
    public var character: Character
    /// How the cell is drawn.
    public var style: Style
    /// Whether this is the right half of the wide character in the cell to its left.
    public var isContinuation: Bool

    /// Creates a cell.
    public init(_ character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    /// A blank cell in the given style.
    public static func blank(_ style: Style = .plain) -> Cell {
        Cell(" ", style: style)
    }
}
