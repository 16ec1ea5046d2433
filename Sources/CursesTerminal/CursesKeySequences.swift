@preconcurrency import CNcursesw

/// Escape sequences for navigation keys that terminfo entries often lack.
///
/// Over SSH and inside tmux the `TERM` in effect often does not quite match the terminal
/// sending the keys (PuTTY's `ESC[1~` for Home under `TERM=xterm-256color`, cursor keys in
/// normal rather than application mode). htop's `CRT.c` defines such sequences the same way.
/// Only sequences terminfo leaves unbound are added, so nothing the terminal defines changes.
enum CursesKeySequences {
    /// The sequences and the curses key codes they stand for.
    static let table: [(sequence: String, code: Int32)] = [
        ("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT),
        ("\u{1B}[D", KEY_LEFT),
        ("\u{1B}OA", KEY_UP), ("\u{1B}OB", KEY_DOWN), ("\u{1B}OC", KEY_RIGHT),
        ("\u{1B}OD", KEY_LEFT),
        ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END), ("\u{1B}OH", KEY_HOME),
        ("\u{1B}OF", KEY_END),
        ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[7~", KEY_HOME),
        ("\u{1B}[8~", KEY_END),
        ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE), ("\u{1B}[2~", KEY_IC),
        ("\u{1B}[3~", KEY_DC),
        ("\u{1B}[Z", KEY_BTAB),
    ]

    /// Binds every sequence of ``table`` that the current screen does not know yet.
    ///
    /// Call on the curses thread with the screen current (inside ``CursesLock``).
    static func defineMissing() {
        for (sequence, code) in table where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
    }
}
