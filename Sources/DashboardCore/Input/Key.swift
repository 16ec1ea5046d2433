/// A key press, decoded from whatever the terminal sent.
///
/// Terminal-neutral: `CursesTerminal` decodes curses codes into these, tests construct them
/// directly, and the keymap binds them to actions.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    /// A printable character, case preserved (`q`, `G`, `/`, `é`, `界`).
    case character(Character)
    /// Control plus a letter, lowercased (`ctrl("c")`).
    case ctrl(Character)
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, pageUp, pageDown, home, end
    case function(Int)

    /// The name used in key-binding config and the help overlay (`q`, `ctrl-r`, `enter`, `f5`).
    public var description: String {
        switch self {
        case .character(" "): "space"
        case .character(let c): String(c)
        case .ctrl(let c): "ctrl-\(c)"
        case .enter: "enter"
        case .escape: "esc"
        case .tab: "tab"
        case .backTab: "shift-tab"
        case .backspace: "backspace"
        case .delete: "delete"
        case .insert: "insert"
        case .up: "up"
        case .down: "down"
        case .left: "left"
        case .right: "right"
        case .pageUp: "pgup"
        case .pageDown: "pgdn"
        case .home: "home"
        case .end: "end"
        case .function(let n): "f\(n)"
        }
    }

    /// Parses a key name as written in the config (`q`, `G`, `ctrl-r`, `shift-tab`, `pgdn`, `f5`, `space`).
    public init?(name: String) {
        let lower = name.lowercased()
        switch lower {
        case "space": self = .character(" ")
        case "enter", "return": self = .enter
        case "esc", "escape": self = .escape
        case "tab": self = .tab
        case "shift-tab", "backtab", "btab": self = .backTab
        case "backspace", "bs": self = .backspace
        case "delete", "del": self = .delete
        case "insert", "ins": self = .insert
        case "up": self = .up
        case "down": self = .down
        case "left": self = .left
        case "right": self = .right
        case "pgup", "pageup": self = .pageUp
        case "pgdn", "pagedown": self = .pageDown
        case "home": self = .home
        case "end": self = .end
        default:
            if lower.hasPrefix("ctrl-"), lower.count == 6, let c = lower.last, c.isLetter {
                self = .ctrl(c)
            } else if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n), lower.count > 1 {
                self = .function(n)
            } else if name.count == 1, let c = name.first {
                self = .character(c)
            } else {
                return nil
            }
        }
    }
}
