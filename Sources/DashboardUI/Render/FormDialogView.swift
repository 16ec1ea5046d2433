import DashboardCore

/// A form: one `Label  [value]` line per field, the focused one highlighted with the cursor at
/// the end of its text, validation messages under their fields, the server's answer on top.
///
/// A secret field (a partner user token) shows one bullet per character and never its text,
/// so a screen share or a screenshot of the dashboard can't leak it.
enum FormDialogView {
    static func content(_ form: FormState, width: Int, context: RenderContext) -> DialogView.Content {
        let labelColumn = (form.fields.map { DisplayWidth.width(TextSanitizer.sanitize($0.label)) }.max() ?? 0) + 2
        // The value box: `[` text `]`, as wide as the line allows.
        let valueWidth = max(2, width - labelColumn - 2)
        var lines: [DialogView.Line] = []
        if let error = form.error {
            lines += DialogView.wrapped(DialogView.marked(error, .messageError), width: width)
            lines.append(.blank)
        }
        var focusLine: Int?
        var cursor: (line: Int, column: Int)?
        for (index, field) in form.fields.enumerated() {
            let label = TextSanitizer.sanitize(field.label)
            let paddedLabel = label + String(repeating: " ", count: max(0, labelColumn - DisplayWidth.width(label)))
            let shown = field.isSecret
                ? String(repeating: context.symbols.isUTF8 ? "•" : "*", count: field.value.count)
                : TextSanitizer.sanitize(field.value)
            if index == form.focus {
                let visible = DisplayWidth.tail(shown, width: valueWidth - 1)
                let gap = max(0, valueWidth - 1 - DisplayWidth.width(visible))
                focusLine = lines.count
                cursor = (lines.count, labelColumn + 1 + DisplayWidth.width(visible))
                lines.append(DialogView.Line([
                    Span(paddedLabel + "[", .selection), Span(visible, .selection), Span(" ", .inputCursor),
                    Span(String(repeating: " ", count: gap) + "]", .selection),
                ], highlight: .selection))
            } else {
                let value = DisplayWidth.pad(shown, toWidth: valueWidth, ellipsis: context.symbols.ellipsis)
                lines.append(DialogView.Line([
                    Span(paddedLabel, .formLabel), Span("[", .textFaint), Span(value, .input), Span("]", .textFaint),
                ]))
            }
            if let error = field.error {
                let indent = Span(String(repeating: " ", count: labelColumn), .overlay)
                lines += DialogView.wrapped(
                    [indent] + DialogView.marked(error, .formError), width: width, indent: labelColumn)
            }
        }
        return DialogView.Content(
            title: TextSanitizer.sanitize(form.title), lines: lines,
            hints: [("Tab", "next field"), ("Enter", "submit"), ("Esc", "cancel")],
            focusLine: focusLine, cursor: cursor)
    }
}
