import DashboardCore

/// The box that detail, help and message log draw in: about 80 % of the body, scrolled.
///
/// The scroll position comes from the state (`Overlay`'s `scroll`, the first line shown) and is
/// clamped here, so scrolling past the end shows the last page rather than an empty box; the
/// bottom border says which lines are in view.
enum OverlayView {
    /// Draws `overlay` over whatever is under it; returns the cursor position (first line).
    static func draw(_ overlay: Overlay, in rect: Rect, context: RenderContext, into grid: inout Grid)
        -> (x: Int, y: Int)?
    {
        guard rect.width >= 4, rect.height >= 3 else { return nil }
        let area = contentArea(of: rect)
        let (title, lines, scroll) = content(overlay, width: area.width, context: context)
        let base = context.style(.overlay)
        let border = context.style(.overlayBorder)
        grid.fill(rect, style: base)
        grid.box(rect, style: border, borders: context.symbols.borders)
        grid.put(
            [Span(" " + title + " ", .overlayBorder)], x: rect.x + 2, y: rect.y,
            maxWidth: rect.width - 4, base: border, context: context)

        let first = min(max(0, scroll), max(0, lines.count - area.height))
        for (offset, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
            grid.put(line, x: area.x, y: area.y + offset, maxWidth: area.width, base: base, context: context)
        }
        var footer = " esc close "
        if lines.count > area.height {
            let last = min(lines.count, first + area.height)
            footer = " \(first + 1)-\(last)/\(lines.count)" + context.symbols.dot + "esc close "
        }
        let footerWidth = min(DisplayWidth.width(footer), rect.width - 4)
        grid.put(
            [Span(footer, .overlayBorder)], x: rect.maxX - 2 - footerWidth, y: rect.maxY - 1,
            maxWidth: footerWidth, base: border, context: context)
        return area.isEmpty ? nil : (area.x, area.y)
    }

    /// Returns the largest useful scroll value of `overlay` at the state's size: scrolling further
    /// shows nothing new.
    static func maxScroll(_ overlay: Overlay, in rect: Rect, context: RenderContext) -> Int {
        let area = contentArea(of: rect)
        guard area.width > 0 else { return 0 }
        let lines = content(overlay, width: area.width, context: context).lines
        return max(0, lines.count - area.height)
    }

    /// Inside the border, with a blank column each side.
    private static func contentArea(of rect: Rect) -> Rect {
        rect.inner.insetBy(dx: 1, dy: 0)
    }

    private static func content(_ overlay: Overlay, width: Int, context: RenderContext)
        -> (title: String, lines: [[Span]], scroll: Int)
    {
        switch overlay {
        case .detail(let pane, let key, let scroll):
            let detail = DetailOverlayView.content(pane: pane, key: key, width: width, context: context)
            return (detail.title, detail.lines, scroll)
        case .help(let scroll):
            return ("Help", HelpOverlayView.lines(width: width, context: context), scroll)
        case .messageLog(let scroll):
            let count = context.state.messages.entries.count
            return ("Messages (\(count))", MessageLogView.lines(width: width, context: context), scroll)
        }
    }
}
