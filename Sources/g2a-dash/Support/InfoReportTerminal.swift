import DashboardCore
import DashboardConfig
import DashboardUI

extension InfoReport {
    /// The colour depth the terminal most likely has, read from `NO_COLOR`, `COLORTERM` and `TERM`.
    ///
    /// A guess on purpose: the dashboard asks terminfo through curses when it starts, but
    /// starting curses here would take over the screen of a command meant for pipes and bug
    /// reports. The rules follow common practice: `NO_COLOR` wins, `COLORTERM=truecolor|24bit`
    /// or a `*-direct` entry means RGB, `*256color*` means 256, `dumb` or no TERM means none.
    static func guessedColorDepth(environment: [String: String]) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .mono }
        let term = (environment["TERM"] ?? "").lowercased()
        if term.isEmpty || term == "dumb" { return .mono }
        let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
        if colorTerm == "truecolor" || colorTerm == "24bit" || term.hasSuffix("-direct") { return .trueColor }
        if term.contains("256color") { return .c256 }
        return .c16
    }

    /// The depth as people say it: `truecolor (24-bit)`, `256`, `16`, `none`.
    static func describe(_ depth: ColorDepth) -> String {
        switch depth {
        case .trueColor: "truecolor (24-bit)"
        case .c256: "256"
        case .c16: "16"
        case .mono: "none"
        }
    }

    /// The locale in effect for text (`LC_ALL`, then `LC_CTYPE`, then `LANG`) and the variable it came from.
    static func locale(environment: [String: String]) -> String {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = environment[name], !value.isEmpty { return "\(value) (\(name))" }
        }
        return "not set (POSIX)"
    }

    /// Whether the dashboard will draw UTF-8, by the same test it applies at start.
    static func utf8Status(environment: [String: String]) -> String {
        TerminalEncoding.isUTF8(environment: environment)
            ? "yes" : "no (the dashboard draws ASCII only; set LANG=C.UTF-8 or another UTF-8 locale)"
    }
}
