/// How a cell is drawn: foreground, background and text attributes.
///
/// Styles are plain values; themes map semantic roles to them and panes pass them to
/// ``Grid``. The terminal layer turns them into curses attributes and colour pairs.
public struct Style: Hashable, Sendable {
    /// The text colour.
    public var fg: Color
    /// The cell background.
    public var bg: Color
    /// Bold (often also "bright" on 8-colour terminals).
    public var bold: Bool
    /// Dim / faint.
    public var dim: Bool
    /// Swap foreground and background; the one attribute every terminal shows.
    public var reverse: Bool
    /// Underline.
    public var underline: Bool

    /// Creates a style; everything defaults to the terminal's plain look.
    public init(
        fg: Color = .default,
        bg: Color = .default,
        bold: Bool = false,
        dim: Bool = false,
        reverse: Bool = false,
        underline: Bool = false
    ) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    /// The terminal's default colours with no attributes.
    public static let plain = Style()

    /// Whether any of bold, dim, reverse or underline is set.
    public var hasAttributes: Bool { bold || dim || reverse || underline }

    /// Returns this style with both colours mapped to `depth` (attributes unchanged).
    public func downgraded(to depth: ColorDepth) -> Style {
        var copy = self
        copy.fg = fg.downgraded(to: depth)
        copy.bg = bg.downgraded(to: depth)
        return copy
    }
}
