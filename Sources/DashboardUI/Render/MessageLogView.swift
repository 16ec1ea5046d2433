import DashboardCore

/// The message log: every recent info, warning and error, oldest first, as `HH:MM:SS level text`.
///
/// The status bar shows a message only for a few seconds; this is where it can be read later.
enum MessageLogView {
    /// Returns the log wrapped to `width`, newest last.
    static func lines(width: Int, context: RenderContext) -> [[Span]] {
        let entries = context.state.messages.entries
        guard !entries.isEmpty else { return [[Span("no messages yet", .textFaint)]] }
        let levelWidth = MessageLog.Level.allCases.map(\.rawValue.count).max() ?? 5
        return entries.flatMap { entry in
            let name = entry.level.rawValue
            let level = name + String(repeating: " ", count: max(0, levelWidth - name.count))
            let prefix = [
                Span(context.time.time(entry.time) + " ", .textFaint),
                Span(level, StatusBarView.role(for: entry.level)),
                Span(" ", .overlay),
            ]
            return TextWrap.wrap(
                prefix + [Span(TextSanitizer.sanitize(entry.text), .overlay)], width: width,
                indent: prefix.width, indentRole: .overlay)
        }
    }
}
