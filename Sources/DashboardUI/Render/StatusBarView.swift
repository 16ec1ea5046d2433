import DashboardCore

/// The bottom row: the `:` command line, the `/` filter input, the latest message, or key hints
/// (none while a dialog is open: it shows its own).
///
/// In that order of precedence: what the user is typing always wins, then a recent message
/// (for `MessageLog.statusBarSeconds`), then hints generated from the live keymap, so remapped
/// keys are shown as they are.
enum StatusBarView {
    /// The hints shown when nothing else is, most useful first; those that don't fit are left out.
    static let hints: [(KeyCommand, String)] = [
        (.help, "help"), (.filter, "filter"), (.commandLine, "command"), (.quit, "quit"),
        (.nextPane, "pane"), (.openDetail, "detail"), (.refresh, "refresh"), (.sortNext, "sort"),
    ]

    /// Draws the bar into `rect` (one row); returns the input cursor position while typing.
    static func draw(in rect: Rect, context: RenderContext, into grid: inout Grid) -> (x: Int, y: Int)? {
        guard !rect.isEmpty else { return nil }
        let state = context.state
        if state.commandLine.isActive {
            return drawInput(prompt: ":", line: state.commandLine.line, in: rect, context: context, into: &grid)
        }
        if state.isEditingFilter {
            return drawInput(prompt: "/", line: state.table(state.focus).filterLine, in: rect, context: context, into: &grid)
        }
        let base = context.style(.statusbar)
        grid.fill(rect, style: base)
        if let message = state.messages.current(now: context.now) {
            grid.put(
                [Span(" " + message.text, role(for: message.level))], x: rect.x, y: rect.y,
                maxWidth: rect.width, base: base, context: context)
        } else if state.downloads.isActive {
            drawDownloads(in: rect, base: base, context: context, into: &grid)
        } else if state.modals.isEmpty {
            // A dialog has its own hints, and the pane keys would not reach the panes anyway.
            drawHints(in: rect, base: base, context: context, into: &grid)
        }
        return nil
    }

    /// ` ↓ 2/5 files · 34 MiB of 120 MiB · 4.2 MiB/s · 0:21 left`, while downloads run: the
    /// downloads go on whatever pane or dialog is open, so their progress is always in view.
    private static func drawDownloads(in rect: Rect, base: Style, context: RenderContext, into grid: inout Grid) {
        let summary = context.symbols.plain(DownloadText.summary(context.state.downloads.totals))
        var spans = [Span(" " + context.symbols.download + " ", .statusbarKey), Span(summary, .statusbar)]
        if let key = context.keymap.keys(for: .downloads).first, spans.width + 12 <= rect.width {
            spans += [Span(context.symbols.dot, .statusbar), Span(key.description, .statusbarKey), Span(" details", .statusbar)]
        }
        grid.put(spans, x: rect.x, y: rect.y, maxWidth: rect.width, base: base, context: context)
    }

    /// The theme role of a message level.
    static func role(for level: MessageLog.Level) -> ThemeRole {
        switch level {
        case .info: .messageInfo
        case .warn: .messageWarn
        case .error: .messageError
        }
    }

    /// `:text█`, the cursor where the line editor has it, scrolled so it stays in view.
    private static func drawInput(
        prompt: String, line: LineEditor, in rect: Rect, context: RenderContext, into grid: inout Grid
    ) -> (x: Int, y: Int) {
        let style = context.style(.input)
        grid.fill(rect, style: style)
        let x = rect.x + grid.put(prompt, x: rect.x, y: rect.y, style: style, maxWidth: rect.width)
        let room = max(0, rect.maxX - x - 1)
        let before = DisplayWidth.tail(line.beforeCursor, width: room)
        let cursorX = x + grid.put(before, x: x, y: rect.y, style: style, maxWidth: rect.maxX - x)
        let after = String(line.text.dropFirst(line.cursor))
        let under = after.first.map(String.init) ?? " "
        grid.put(under, x: cursorX, y: rect.y, style: context.style(.inputCursor), maxWidth: rect.maxX - cursorX)
        let next = cursorX + DisplayWidth.width(under)
        if after.count > 1, next < rect.maxX {
            grid.put(String(after.dropFirst()), x: next, y: rect.y, style: style, maxWidth: rect.maxX - next)
        }
        return (min(cursorX, rect.maxX - 1), rect.y)
    }

    /// ` ? help  / filter  : command  q quit`, with whole hints only.
    private static func drawHints(in rect: Rect, base: Style, context: RenderContext, into grid: inout Grid) {
        var x = rect.x + 1
        for (command, label) in hints {
            guard let key = context.keymap.keys(for: command).first else { continue }
            let spans = [Span(key.description, .statusbarKey), Span(" " + label, .statusbar)]
            guard x + spans.width <= rect.maxX else { break }
            x += grid.put(spans, x: x, y: rect.y, maxWidth: rect.maxX - x, base: base, context: context) + 2
        }
    }
}
