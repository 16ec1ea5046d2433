/// The characters used to draw a box: four corners and two edges, plus tees for dividers.
///
/// `.ascii` exists for non-UTF-8 locales (jump hosts with `LANG=C`), where box-drawing
/// characters would come out as garbage; the caller picks it from the locale.
public struct BorderSet: Hashable, Sendable {
    /// The top-left corner.
    public var topLeft: Character
    /// The top-right corner.
    public var topRight: Character
    /// The bottom-left corner.
    public var bottomLeft: Character
    /// The bottom-right corner.
    public var bottomRight: Character
    /// The top and bottom edges.
    public var horizontal: Character
    /// The left and right edges.
    public var vertical: Character
    /// Where a horizontal divider meets the left edge.
    public var teeLeft: Character
    /// Where a horizontal divider meets the right edge.
    public var teeRight: Character

    /// Creates a border set from its eight characters; all must be one column wide.
    public init(
        topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character,
        horizontal: Character, vertical: Character, teeLeft: Character, teeRight: Character
    ) {
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.horizontal = horizontal
        self.vertical = vertical
        self.teeLeft = teeLeft
        self.teeRight = teeRight
    }

    /// Light Unicode box drawing: `┌─┐ │ └─┘`.
    public static let unicode = BorderSet(
        topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        horizontal: "─", vertical: "│", teeLeft: "├", teeRight: "┤"
    )

    /// Light Unicode box drawing with rounded corners: `╭─╮ │ ╰─╯`.
    public static let rounded = BorderSet(
        topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯",
        horizontal: "─", vertical: "│", teeLeft: "├", teeRight: "┤"
    )

    /// Heavy Unicode box drawing, such as for the focused pane in monochrome: `┏━┓ ┃ ┗━┛`.
    public static let heavy = BorderSet(
        topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛",
        horizontal: "━", vertical: "┃", teeLeft: "┣", teeRight: "┫"
    )

    /// Plain ASCII for terminals without UTF-8: `+-+ | +-+`.
    public static let ascii = BorderSet(
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        horizontal: "-", vertical: "|", teeLeft: "+", teeRight: "+"
    )

    /// Returns `.unicode` for UTF-8 terminals and `.ascii` otherwise.
    public static func standard(utf8: Bool) -> BorderSet {
        utf8 ? .unicode : .ascii
    }
}
