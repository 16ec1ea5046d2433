import DashboardCore
@preconcurrency import CNcursesw
import DashboardUI

/// What one `wget_wch` result means to the dashboard.
enum CursesInput: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// ncurses noticed a new window size (`KEY_RESIZE`).
    case resize
    /// Text that arrived between bracketed-paste markers (see ``BracketedPaste``).
    case paste(String)
    /// Something the dashboard has no use for (mouse reports, unknown keypad keys, stray
    /// control bytes); dropped.
    case ignored
}

/// Turns what `wget_wch` returns into ``CursesInput``; pure, so it is table-tested without a
/// terminal.
///
/// `wget_wch` answers either `KEY_CODE_YES` with a curses key code (arrows, function keys)
/// or `OK` with a wide character. Raw mode means the terminal's special characters arrive as
/// plain bytes: Ctrl-C is 3 here, not a SIGINT, and becomes `.ctrl("c")`.
enum CursesKeyDecoder {
    /// Decodes one `wget_wch` result: `status` is its return value, `code` what it stored.
    static func decode(status: Int32, code: UInt32) -> CursesInput {
        status == KEY_CODE_YES ? decode(keyCode: Int32(bitPattern: code)) : decode(character: code)
    }

    /// Decodes a curses key code (`KEY_UP`, `KEY_F0 + n`, …).
    static func decode(keyCode: Int32) -> CursesInput {
        if keyCode > KEY_F0, keyCode <= KEY_F0 + 63 {
            return .key(.function(Int(keyCode - KEY_F0)))
        }
        switch keyCode {
        case KEY_RESIZE: return .resize
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        // Keypad corners and the VT220 Find/Select keys are what some terminals and
        // terminfo entries send for Home/End/PgUp/PgDn.
        case KEY_HOME, KEY_A1, KEY_FIND: return .key(.home)
        case KEY_END, KEY_C1, KEY_SELECT, KEY_LL: return .key(.end)
        case KEY_PPAGE, KEY_A3: return .key(.pageUp)
        case KEY_NPAGE, KEY_C3: return .key(.pageDown)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_IC: return .key(.insert)
        case KEY_ENTER: return .key(.enter)
        default: return .ignored
        }
    }

    /// Decodes a character code: control bytes by their raw-mode meaning, the rest as text.
    static func decode(character code: UInt32) -> CursesInput {
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26:
            // 1 is Ctrl-A … 26 is Ctrl-Z; 8, 9, 10 and 13 were taken above.
            return .key(.ctrl(Character(Unicode.Scalar(UInt8(0x60 + code)))))
        case 0..<32, 0x80..<0xA0:
            // Ctrl-Space, Ctrl-\ … Ctrl-_ and C1 controls have no binding; never print them.
            return .ignored
        default:
            guard let scalar = Unicode.Scalar(code) else { return .ignored }
            return .key(.character(Character(scalar)))
        }
    }
}
