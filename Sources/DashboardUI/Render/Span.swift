import DashboardCore

/// A piece of text in one theme role: the unit that headers, bars and overlay lines are made of.
///
/// Text in a span must already be safe to draw (sanitized API text, or the dashboard's own
/// labels).
struct Span: Equatable {
    /// The text, sanitized.
    var text: String
    /// How it is drawn.
    var role: ThemeRole

    /// Creates a span.
    init(_ text: String, _ role: ThemeRole) {
        self.text = text
        self.role = role
    }

    /// The columns the text occupies.
    var width: Int { DisplayWidth.width(text) }
}

extension Array where Element == Span {
    /// The columns all spans occupy together.
    var width: Int { reduce(0) { $0 + $1.width } }
}

extension Grid {
    /// Writes spans left to right from (`x`, `y`), each in its role drawn on `base`.
    ///
    /// When the spans are wider than `maxWidth` they are cut and end with the ellipsis, in the
    /// style of the span that was cut, so a shortened label still says it was shortened. Returns
    /// the columns used.
    @discardableResult
    mutating func put(
        _ spans: [Span], x: Int, y: Int, maxWidth: Int, base: Style, context: RenderContext
    ) -> Int {
        guard maxWidth > 0 else { return 0 }
        let ellipsis = context.symbols.ellipsis
        let overflows = spans.width > maxWidth
        let budget = overflows ? max(0, maxWidth - DisplayWidth.width(ellipsis)) : maxWidth
        var used = 0
        for span in spans {
            let style = context.style(span.role, on: base)
            let room = budget - used
            let fitted = DisplayWidth.truncate(span.text, toWidth: room, ellipsis: "")
            used += put(fitted, x: x + used, y: y, style: style, maxWidth: room)
            if overflows, DisplayWidth.width(fitted) < span.width || used >= budget {
                used += put(ellipsis, x: x + used, y: y, style: style, maxWidth: maxWidth - used)
                break
            }
        }
        return used
    }
}
