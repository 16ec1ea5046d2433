import DashboardCore

/// The `?` help: every key command with its live keys, then the `:` commands and dialog keys.
///
/// Generated from the keymap the app runs with, so a remapped key shows as remapped and a new
/// `KeyCommand` appears without anyone editing this file.
enum HelpOverlayView {
    /// One line of a help table: keys, what they do, and whether it writes to the server.
    private struct Entry {
        var keys: String
        var summary: String
        var isWrite = false
    }

    /// The keys of the workflow dialogs, which are fixed (not in the keymap).
    static let dialogKeys: [(keys: String, summary: String, isWrite: Bool)] = [
        ("tab/shift-tab", "next / previous form field", false),
        ("enter", "submit a form, confirm, attach the selected ticket", false),
        ("y / n", "confirm / cancel a confirmation", false),
        ("y", "copy a launch URL (OSC 52)", false),
        ("o", "open a launch URL in the browser", false),
        ("/", "search tickets", false),
        ("c", "new ticket for the session", true),
        ("[ ]", "previous / next page of tickets", false),
        ("a", "register or replace a partner-system link", true),
        ("n", "start an unattended session on the selected machine", true),
        ("x / X", "cancel the selected download / every download", false),
        ("esc", "close the dialog", false),
    ]

    /// Returns the help text wrapped to `width`.
    ///
    /// In read-only mode the keys and commands that would write are drawn faint and say
    /// "(read-only)", so the help shows what the mode turns off rather than hiding it.
    static func lines(width: Int, context: RenderContext) -> [[Span]] {
        let readOnly = context.state.settings.readOnly
        let keys = KeyCommand.allCases.map { command in
            let names = context.keymap.keys(for: command).map(\.description)
            return Entry(
                keys: names.isEmpty ? "(unbound)" : names.joined(separator: "/"),
                summary: context.symbols.plain(command.summary), isWrite: command.isWrite)
        }
        var lines: [[Span]] = [[Span("Keys", .textAccent)]]
        lines += table(keys, width: width, readOnly: readOnly)
        lines += [[], [Span("Commands", .textAccent)]]
        lines += table(
            DashboardCommand.all.map { Entry(keys: $0.usage, summary: $0.summary, isWrite: $0.isWrite) },
            width: width, readOnly: readOnly)
        lines += [[], [Span("Dialogs", .textAccent)]]
        lines += table(
            dialogKeys.map { Entry(keys: $0.keys, summary: context.symbols.plain($0.summary), isWrite: $0.isWrite) },
            width: width, readOnly: readOnly)
        let escape = context.symbols.plain("Esc closes an overlay, clears a filter, leaves the command line.")
        lines += [[], [Span(escape, .textFaint)]]
        if readOnly {
            let note = "Read-only (--readonly): starting sessions, tickets and links are disabled."
            lines.append([Span(note, .textFaint)])
        }
        return lines.flatMap { $0.isEmpty ? [[]] : TextWrap.wrap($0, width: width, indentRole: .overlay) }
    }

    /// Two columns, `keys  summary`, the summary wrapping under itself.
    private static func table(_ rows: [Entry], width: Int, readOnly: Bool) -> [[Span]] {
        let column = min(rows.map { DisplayWidth.width($0.keys) }.max() ?? 0, max(8, width / 3)) + 2
        return rows.flatMap { row in
            let padding = max(1, column - DisplayWidth.width(row.keys))
            let disabled = readOnly && row.isWrite
            let keys = Span(
                "  " + row.keys + String(repeating: " ", count: padding), disabled ? .textFaint : .overlayKey)
            let summary = disabled ? Span(row.summary + " (read-only)", .textFaint) : Span(row.summary, .overlay)
            return TextWrap.wrap([keys, summary], width: width, indent: column + 2, indentRole: .overlay)
        }
    }
}
