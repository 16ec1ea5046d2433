import DashboardCore

/// A pane collapsed to one line in the stacked layout: `─ 2 Companies (120) · updated 1m ago ─`.
///
/// Collapsed panes keep their freshness visible, so a stale pane is noticed even when it is not
/// the one being looked at.
enum PaneBarView {
    /// Draws the bar of a pane into `rect` (one row).
    static func draw(_ heading: PaneHeading, in rect: Rect, context: RenderContext, into grid: inout Grid) {
        guard !rect.isEmpty else { return }
        let base = context.style(.border)
        grid.fill(rect, style: base, character: context.symbols.borders.horizontal)
        let spans = [
            Span(" " + heading.title, .title), Span(context.symbols.dot, .textFaint),
            Span(heading.freshness.text + " ", heading.freshness.role),
        ]
        grid.put(spans, x: rect.x + 1, y: rect.y, maxWidth: rect.width - 2, base: base, context: context)
    }
}
