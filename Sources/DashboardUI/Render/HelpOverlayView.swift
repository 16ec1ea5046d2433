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

    /// The `:` commands and what they do.
    static let commands: [(String, String)] = [
        (":sessions", "focus the Sessions pane"),
        (":companies", "focus the Companies pane"),
        (":recordings", "focus the Recordings pane"),
        (":theme NAME", "switch to a theme from the themes folder"),
        (":window 24h|7d|30d", "how far back the Sessions pane looks"),
        (":profile NAME", "switch to another profile of the config"),
        (":recordings-filter", "filter recordings: owner, attended/unattended, period, archived"),
        (":downloads", "the downloads panel"),
        (":cancel-downloads", "cancel every download still to do"),
        (":links", "partner-system links for the configured domain"),
        (":browser-link", "a launch URL that starts a session in a browser"),
        (":new", "start a screen-sharing session"),
        (":log", "show the message log"),
        (":q", "quit"),
    ]

    /// The `:` commands that lead to writes, greyed in read-only mode.
    static let writeCommands: Set<String> = [":new"]

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
            commands.map { Entry(keys: $0.0, summary: $0.1, isWrite: writeCommands.contains($0.0)) },
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
