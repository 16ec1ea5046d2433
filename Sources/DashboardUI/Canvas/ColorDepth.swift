/// How many colours the terminal can show, from full RGB down to none.
///
/// Cases are ordered from richest to poorest, so `depth < .c256` reads as "poorer than 256".
public enum ColorDepth: Int, Sendable, CaseIterable, Comparable {
    /// 24-bit RGB (a direct-colour terminfo entry such as `xterm-direct`).
    case trueColor = 3
    /// The xterm 256-colour palette: 16 ANSI colours, a 6×6×6 cube and a grey ramp.
    case c256 = 2
    /// The 16 ANSI colours (8 normal plus 8 bright).
    case c16 = 1
    /// No colour at all: only attributes such as bold and reverse. Used for `NO_COLOR`.
    case mono = 0

    /// Picks the depth for a terminal reporting `colors` colours (curses' `COLORS`).
    ///
    /// `noColor` (the caller's reading of `NO_COLOR`) wins over everything. The library never
    /// reads the environment itself. Terminals with 8 colours get `.c16`; the terminal layer
    /// folds bright colours 8–15 onto 0–7 (with bold) if it must.
    public static func resolve(colors: Int, noColor: Bool) -> ColorDepth {
        if noColor { return .mono }
        switch colors {
        case 0x1000000...: return .trueColor
        case 256...: return .c256
        case 8...: return .c16
        default: return .mono
        }
    }

    /// Orders depths from poorest (`.mono`) to richest (`.trueColor`).
    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
