import DashboardCore

/// Draws the dialog on top of the stack over the panes: a box fitted to its content, the body,
/// and the keys it takes at the bottom.
///
/// Only the top dialog is drawn. The ones under it (the form under its confirmation) wait
/// their turn, and boxes stacked on each other would be unreadable on 80×24. Each kind of
/// dialog describes itself as a ``Content``; this view frames it, scrolls the body so the
/// focused line stays in view, and returns where the cursor belongs.
enum DialogView {
    /// One line of a dialog body.
    struct Line {
        /// The text, sanitized, in its roles.
        var spans: [Span]
        /// Fills the line's whole width in this role (the selected row, the focused field), so
        /// the highlight reads as a bar and not as a patch behind the text.
        var highlight: ThemeRole?

        init(_ spans: [Span], highlight: ThemeRole? = nil) {
            self.spans = spans
            self.highlight = highlight
        }

        /// An empty line, for spacing.
        static let blank = Line([])
    }

    /// What a dialog shows, before it is framed.
    struct Content {
        /// The title in the top border, sanitized.
        var title: String
        var lines: [Line]
        /// Keys and what they do, for the footer: `("Esc", "close")`.
        var hints: [(key: String, label: String)] = []
        /// The line kept in view when the body is taller than the box (focused field, selection).
        var focusLine: Int?
        /// Where the cursor goes: a body line and a column in it.
        var cursor: (line: Int, column: Int)?
    }

    /// Draws `modal` centred in `body`; returns the cursor position, if it is in view.
    static func draw(_ modal: Modal, in body: Rect, context: RenderContext, into grid: inout Grid)
        -> (x: Int, y: Int)?
    {
        let width = min(body.width, isList(modal) ? max(72, min(100, body.width * 9 / 10)) : 72)
        guard width >= 12, body.height >= 3 else { return nil }
        let areaWidth = width - 4
        let content = self.content(modal, width: areaWidth, context: context)
        let hintLines = content.hints.isEmpty
            ? [] : TextWrap.wrap(hintSpans(content.hints, context: context), width: areaWidth, indentRole: .overlay)
        let footerRows = hintLines.isEmpty ? 0 : hintLines.count + 1
        var height = content.lines.count + footerRows + 2
        // Lists keep a steady size while results come and go: room for a page of tickets.
        if isList(modal) { height = max(height, min(22, body.height * 4 / 5)) }
        height = min(body.height, height)
        let rect = Rect(
            x: body.x + (body.width - width) / 2, y: body.y + (body.height - height) / 2, width: width,
            height: height)
        return draw(content, hintLines: hintLines, in: rect, context: context, into: &grid)
    }

    private static func draw(
        _ content: Content, hintLines: [[Span]], in rect: Rect, context: RenderContext, into grid: inout Grid
    ) -> (x: Int, y: Int)? {
        let base = context.style(.overlay)
        let border = context.style(.overlayBorder)
        grid.fill(rect, style: base)
        grid.box(rect, style: border, borders: context.symbols.borders)
        grid.put(
            [Span(" " + content.title + " ", .overlayBorder)], x: rect.x + 2, y: rect.y,
            maxWidth: rect.width - 4, base: border, context: context)

        let area = rect.inner.insetBy(dx: 1, dy: 0)
        // Hints need the room more than a long body does: they say how to get out.
        let shownHints = Array(hintLines.suffix(max(0, area.height - 1)))
        let rows = max(0, area.height - (shownHints.isEmpty ? 0 : shownHints.count + 1))
        for (offset, line) in shownHints.enumerated() {
            grid.put(
                line, x: area.x, y: area.maxY - shownHints.count + offset, maxWidth: area.width, base: base,
                context: context)
        }

        let lines = content.lines
        var first = 0
        if lines.count > rows, let focus = content.focusLine, focus >= rows {
            first = min(focus - rows + 1, lines.count - rows)
        }
        for (offset, line) in lines.dropFirst(first).prefix(rows).enumerated() {
            let y = area.y + offset
            var lineBase = base
            if let highlight = line.highlight {
                lineBase = context.style(highlight)
                grid.fill(Rect(x: rect.x + 1, y: y, width: rect.width - 2, height: 1), style: lineBase)
            }
            grid.put(line.spans, x: area.x, y: y, maxWidth: area.width, base: lineBase, context: context)
        }
        if lines.count > rows, rows > 0 {
            let last = min(lines.count, first + rows)
            let range = " \(first + 1)-\(last)/\(lines.count) "
            let rangeWidth = min(DisplayWidth.width(range), rect.width - 4)
            grid.put(
                [Span(range, .overlayBorder)], x: rect.maxX - 2 - rangeWidth, y: rect.maxY - 1,
                maxWidth: rangeWidth, base: border, context: context)
        }

        guard let cursor = content.cursor, cursor.line >= first, cursor.line < first + rows else {
            return area.isEmpty ? nil : (area.x, area.y)
        }
        return (min(area.x + cursor.column, area.maxX - 1), area.y + cursor.line - first)
    }

    /// The content of each kind of dialog for a body `width` columns wide.
    private static func content(_ modal: Modal, width: Int, context: RenderContext) -> Content {
        switch modal {
        case .form(let form): FormDialogView.content(form, width: width, context: context)
        case .confirm(let confirm): ConfirmDialogView.content(confirm, width: width, context: context)
        case .launchURL(let launch): LaunchURLDialogView.content(launch, width: width, context: context)
        case .tickets(let panel): ListDialogView.tickets(panel, width: width, context: context)
        case .links(let panel): ListDialogView.links(panel, width: width, context: context)
        case .machines(let panel): ListDialogView.machines(panel, width: width, context: context)
        case .downloads(let panel): DownloadsPanelView.content(panel, width: width, context: context)
        }
    }

    private static func isList(_ modal: Modal) -> Bool {
        switch modal {
        case .tickets, .links, .machines, .downloads: true
        case .form, .confirm, .launchURL: false
        }
    }

    /// `Tab next field · Enter submit · Esc cancel`, keys in the key role.
    private static func hintSpans(_ hints: [(key: String, label: String)], context: RenderContext) -> [Span] {
        var spans: [Span] = []
        for (index, hint) in hints.enumerated() {
            if index > 0 { spans.append(Span(context.symbols.dot, .textFaint)) }
            spans.append(Span(hint.key, .overlayKey))
            spans.append(Span(" " + context.symbols.plain(hint.label), .overlay))
        }
        return spans
    }

    // MARK: - Helpers shared by the dialogs

    /// Sanitized API text with the sanitizer's escapes in `text.escaped`, the rest in `role`.
    static func marked(_ raw: String, _ role: ThemeRole) -> [Span] {
        TextSanitizer.sanitizeMarkingEscapes(raw).segments.map {
            Span(String($0.text), $0.isEscape ? .textEscaped : role)
        }
    }


    /// `text` wrapped to `width`, as body lines.
    static func wrapped(_ spans: [Span], width: Int, indent: Int = 0) -> [Line] {
        TextWrap.wrap(spans, width: width, indent: indent, indentRole: .overlay).map { Line($0) }
    }
}
