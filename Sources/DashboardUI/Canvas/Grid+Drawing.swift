import DashboardCore

extension Grid {
    /// Fills `rect` (clipped to the grid) with `character` in `style`.
    ///
    /// `character` must be one column wide. Wide characters cut by the rect's edges are
    /// blanked so no half glyph remains.
    public mutating func fill(_ rect: Rect, style: Style, character: Character = " ") {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                setNarrow(character, x: x, y: y, style: style)
            }
        }
    }

    /// Fills the whole grid with blanks in `style`.
    public mutating func clear(style: Style = .plain) {
        fill(bounds, style: style)
    }

    /// Draws a one-cell border around the edge of `rect`, with an optional title in the top edge.
    ///
    /// The inside of the rect is left alone (fill it first if it needs a background). The
    /// title starts right after the top-left corner, like `┌Sessions──┐`, and is truncated with
    /// an ellipsis to the space between the corners; pass `" Sessions "` for padding. Parts of
    /// the box outside the grid are clipped; rects smaller than 2×2 draw what fits.
    public mutating func box(
        _ rect: Rect,
        title: String? = nil,
        style: Style = .plain,
        titleStyle: Style? = nil,
        borders: BorderSet = .unicode,
        ellipsis: String = "…"
    ) {
        guard !rect.isEmpty else { return }
        let (left, right, top, bottom) = (rect.x, rect.maxX - 1, rect.y, rect.maxY - 1)
        for x in left...right {
            setNarrow(borders.horizontal, x: x, y: top, style: style)
            setNarrow(borders.horizontal, x: x, y: bottom, style: style)
        }
        for y in top...bottom {
            setNarrow(borders.vertical, x: left, y: y, style: style)
            setNarrow(borders.vertical, x: right, y: y, style: style)
        }
        setNarrow(borders.topLeft, x: left, y: top, style: style)
        setNarrow(borders.topRight, x: right, y: top, style: style)
        setNarrow(borders.bottomLeft, x: left, y: bottom, style: style)
        setNarrow(borders.bottomRight, x: right, y: bottom, style: style)
        if let title, rect.width > 2 {
            put(
                title, x: left + 1, y: top, style: titleStyle ?? style,
                maxWidth: rect.width - 2, ellipsis: ellipsis
            )
        }
    }

    /// Draws a horizontal divider across `rect` at row `y`, joined to a surrounding box by tees.
    public mutating func divider(
        _ rect: Rect, y: Int, style: Style = .plain, borders: BorderSet = .unicode
    ) {
        guard !rect.isEmpty else { return }
        for x in rect.x..<rect.maxX {
            setNarrow(borders.horizontal, x: x, y: y, style: style)
        }
        setNarrow(borders.teeLeft, x: rect.x, y: y, style: style)
        setNarrow(borders.teeRight, x: rect.maxX - 1, y: y, style: style)
    }
}
