import DashboardCore
import GoToAssistAPI

/// The glyphs the render adds itself, in Unicode or in plain ASCII.
///
/// Jump hosts often run with `LANG=C`, where anything outside ASCII turns into mojibake, so
/// every mark the dashboard draws (borders, status symbols, sort arrows, ellipsis, separators)
/// has an ASCII twin. Status symbols are all one column wide in both sets, so the STATUS column
/// lines up whatever the font.
struct Symbols: Sendable {
    /// Whether the terminal expects UTF-8.
    let isUTF8: Bool
    /// Box-drawing characters for panes and overlays.
    let borders: BorderSet
    /// What truncated text ends with.
    let ellipsis: String
    /// The separator between parts of a label: ` · ` or ` - `.
    let dot: String
    /// The sort indicator of an ascending column.
    let ascending: String
    /// The sort indicator of a descending column.
    let descending: String
    /// The multiplication sign in sizes such as `80×24`.
    let times: String
    /// What leads the download summary in the status bar: `↓` or `DL`.
    let download: String
    /// The prefix of a recording marked for download: `◆ ` or `* `.
    let marked: String

    /// Creates the set for a UTF-8 terminal or for a plain ASCII one.
    init(utf8: Bool) {
        isUTF8 = utf8
        borders = BorderSet.standard(utf8: utf8)
        ellipsis = utf8 ? "…" : "..."
        dot = utf8 ? " · " : " - "
        ascending = utf8 ? "▲" : "^"
        descending = utf8 ? "▼" : "v"
        times = utf8 ? "×" : "x"
        download = utf8 ? "↓" : "DL"
        marked = utf8 ? "◆ " : "* "
    }

    /// A progress bar exactly `width` columns wide: the filled part and the rest, drawn
    /// `█████░░░░░` or `[####.....]`; an unknown fraction draws an empty bar.
    func bar(_ fraction: Double?, width: Int) -> (filled: String, rest: String) {
        guard width > 0 else { return ("", "") }
        let inner = isUTF8 ? width : max(0, width - 2)
        let done = Int((min(1, max(0, fraction ?? 0)) * Double(inner)).rounded(.down))
        let filled = String(repeating: isUTF8 ? "█" : "#", count: done)
        let rest = String(repeating: isUTF8 ? "░" : ".", count: inner - done)
        guard !isUTF8 else { return (filled, rest) }
        return width < 2 ? ("", String(repeating: ".", count: width)) : ("[" + filled, rest + "]")
    }

    /// The one-column mark of a session status: `◐ ● ○ ✓ ✗`, or `~ * o + x` in ASCII.
    func mark(for status: SessionStatus) -> String {
        switch status {
        case .waiting: isUTF8 ? "◐" : "~"
        case .active: isUTF8 ? "●" : "*"
        case .notStarted: isUTF8 ? "○" : "o"
        case .complete: isUTF8 ? "✓" : "+"
        case .abandoned: isUTF8 ? "✗" : "x"
        case .other: "?"
        }
    }

    /// The sort indicator for a direction.
    func sortArrow(descending isDescending: Bool) -> String {
        isDescending ? descending : ascending
    }

    /// Returns one of the dashboard's own labels with its typographic marks made ASCII if needed.
    ///
    /// Core formats some labels itself (`loading…`, `stale · retry 2`); on an ASCII terminal
    /// their ellipsis and middle dot are replaced. Never call this on API text: it would
    /// not make that text ASCII, only hide where it came from.
    func plain(_ label: String) -> String {
        guard !isUTF8 else { return label }
        return label.replacingOccurrences(of: "…", with: "...")
            .replacingOccurrences(of: "·", with: "-")
            .replacingOccurrences(of: "×", with: "x")
            .replacingOccurrences(of: "—", with: "-")
            .replacingOccurrences(of: "–", with: "-")
    }
}
