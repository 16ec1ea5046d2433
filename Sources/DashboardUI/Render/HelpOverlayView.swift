import DashboardCore

/// The `?` help: every key command with its live keys, then the `:` commands.
///
/// Generated from the keymap the app runs with, so a remapped key shows as remapped and a new
/// `KeyCommand` appears without anyone editing this file.
enum HelpOverlayView {
    /// The `:` commands and what they do.
    static let commands: [(String, String)] = [
        (":sessions", "focus the Sessions pane"),
        (":companies", "focus the Companies pane"),
        (":recordings", "focus the Recordings pane"),
        (":theme NAME", "switch to a theme from the themes folder"),
        (":window 24h|7d|30d", "how far back the Sessions pane looks"),
        (":log", "show the message log"),
        (":q", "quit"),
    ]

    /// Returns the help text wrapped to `width`.
    static func lines(width: Int, context: RenderContext) -> [[Span]] {
        let keys = KeyCommand.allCases.map { command in
            let names = context.keymap.keys(for: command).map(\.description)
            let summary = context.symbols.plain(command.summary)
            return (names.isEmpty ? "(unbound)" : names.joined(separator: "/"), summary)
        }
        var lines: [[Span]] = [[Span("Keys", .textAccent)]]
        lines += table(keys, width: width)
        lines += [[], [Span("Commands", .textAccent)]]
        lines += table(commands, width: width)
        lines += [[], [Span(context.symbols.plain("Esc closes an overlay, clears a filter, leaves the command line."), .textFaint)]]
        return lines.flatMap { $0.isEmpty ? [[]] : TextWrap.wrap($0, width: width, indentRole: .overlay) }
    }

    /// Two columns, `keys  summary`, the summary wrapping under itself.
    private static func table(_ rows: [(String, String)], width: Int) -> [[Span]] {
        let column = min(rows.map { DisplayWidth.width($0.0) }.max() ?? 0, max(8, width / 3)) + 2
        return rows.flatMap { name, summary in
            let padding = max(1, column - DisplayWidth.width(name))
            return TextWrap.wrap(
                [Span("  " + name + String(repeating: " ", count: padding), .overlayKey), Span(summary, .overlay)],
                width: width, indent: column + 2, indentRole: .overlay)
        }
    }
}
