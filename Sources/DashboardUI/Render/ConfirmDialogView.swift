import DashboardCore

/// "Are you sure?" before a write: the question in the technician's words, `y` or `n`.
///
/// Once answered the request is out, so the hint gives way to `sending…` and no key is
/// offered: the write must not go twice, and the form under it waits for the answer.
enum ConfirmDialogView {
    static func content(_ confirm: ConfirmState, width: Int, context: RenderContext) -> DialogView.Content {
        var lines = DialogView.wrapped(DialogView.marked(confirm.write.question, .overlay), width: width)
        if confirm.isSending {
            lines += [.blank, DialogView.Line([Span(context.symbols.plain("sending…"), .textFaint)])]
        }
        return DialogView.Content(
            title: "Confirm", lines: lines,
            hints: confirm.isSending ? [] : [("y", "confirm"), ("n", "cancel")],
            cursor: (0, 0))
    }
}
