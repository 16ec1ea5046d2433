import DashboardCore

/// The whole screen when it is below the minimum: `terminal too small (need 60×15, have 50×10)`.
///
/// A garbled layout is worse than none (panes overlapping, half a table), so below the minimum
/// nothing else is drawn. The message wraps on very narrow screens and says how to quit.
enum TooSmallView {
    /// Draws the message centred on the whole grid.
    static func draw(needWidth: Int, needHeight: Int, context: RenderContext, into grid: inout Grid) {
        let state = context.state
        let times = context.symbols.times
        let message = "terminal too small (need \(needWidth)\(times)\(needHeight), have \(state.width)\(times)\(state.height))"
        var lines = TextWrap.wrap([Span(message, .messageWarn)], width: grid.width)
        if let quit = context.keymap.keys(for: .quit).first, lines.count < grid.height {
            lines += TextWrap.wrap([Span("\(quit.description) quits", .textFaint)], width: grid.width)
        }
        let top = max(0, (grid.height - lines.count) / 2)
        for (offset, line) in lines.prefix(grid.height).enumerated() {
            let x = max(0, (grid.width - line.width) / 2)
            grid.put(line, x: x, y: top + offset, maxWidth: grid.width - x, base: context.style(.textPrimary), context: context)
        }
        if grid.width > 0, grid.height > 0 { grid.cursor = (max(0, (grid.width - (lines.first?.width ?? 0)) / 2), top) }
    }
}
