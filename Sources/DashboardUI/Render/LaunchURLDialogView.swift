import DashboardCore

/// A launch URL to hand on: shown in full, wrapped over as many lines as it needs, with the
/// session token when there is one and the outcome of the last copy or open.
///
/// Never truncated: a technician who can't copy through the terminal (no OSC 52 in the chain)
/// reads or selects it from the screen, and a URL with an ellipsis in it is useless.
enum LaunchURLDialogView {
    static func content(_ launch: LaunchURLState, width: Int, context: RenderContext) -> DialogView.Content {
        let title = TextSanitizer.sanitize(launch.title)
        guard let url = launch.url else {
            return DialogView.Content(
                title: title, lines: [DialogView.Line([Span(context.symbols.plain("loading…"), .textFaint)])],
                hints: [("Esc", "close")])
        }
        var lines = [DialogView.Line([Span("Launch URL", .formLabel)])]
        lines += DialogView.wrapped(DialogView.marked(url, .textAccent), width: width)
        if let token = launch.sessionToken, !token.isEmpty {
            lines += [.blank, DialogView.Line([Span("Session token", .formLabel)])]
            lines += DialogView.wrapped(DialogView.marked(token, .overlay), width: width)
        }
        if let note = launch.note, !note.isEmpty {
            lines.append(.blank)
            lines += DialogView.wrapped(DialogView.marked(note, .messageInfo), width: width)
        }
        return DialogView.Content(
            title: title, lines: lines,
            hints: [("y", "copy"), ("o", "open in browser"), ("Esc", "close")],
            focusLine: 1, cursor: (1, 0))
    }
}
