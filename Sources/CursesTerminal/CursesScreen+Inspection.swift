@preconcurrency import CNcursesw

/// One cell as ncurses holds it, read back for tests.
struct ScreenCell: Hashable, Sendable {
    /// The grapheme in the cell (both halves of a wide character report it).
    var text: String
    /// The colour pair (0 is the terminal's default colours).
    var pair: Int32
    var isBold: Bool
    var isReverse: Bool
    var isUnderline: Bool
}

extension CursesScreen {
    /// Reads the cell at (`x`, `y`) back from ncurses' copy of the screen.
    func cell(x: Int, y: Int) -> ScreenCell? {
        CursesLock.withScreen(screen) {
            let limit = Int(g2a_cell_chars_max())
            return withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: limit + 1) { buffer in
                buffer.initialize(repeating: 0)
                var attributes: attr_t = 0
                var pair: Int32 = 0
                guard
                    g2a_get_cell(window, Int32(y), Int32(x), buffer.baseAddress, &attributes, &pair)
                        != g2a_err()
                else { return nil }
                var text = ""
                for code in buffer.prefix(limit) where code != 0 {
                    if let scalar = Unicode.Scalar(UInt32(bitPattern: code)) {
                        text.unicodeScalars.append(scalar)
                    }
                }
                return ScreenCell(
                    text: text,
                    pair: pair,
                    isBold: attributes & g2a_attr_bold() != 0,
                    isReverse: attributes & g2a_attr_reverse() != 0,
                    isUnderline: attributes & g2a_attr_underline() != 0)
            }
        }
    }

    /// The text of row `y` as ncurses holds it, each wide character once (like `Grid.lines`).
    func text(row y: Int) -> String {
        let width = size.width
        var line = ""
        var x = 0
        while x < width, let cell = cell(x: x, y: y) {
            line += cell.text
            let first = cell.text.unicodeScalars.first.map { Int32(bitPattern: $0.value) } ?? 32
            x += first > 0x7F && g2a_wcwidth(first) == 2 ? 2 : 1
        }
        return line
    }

    /// Where ncurses believes the terminal's cursor is after the last `doupdate`.
    var physicalCursor: (x: Int, y: Int) {
        CursesLock.withScreen(screen) {
            var y: Int32 = 0
            var x: Int32 = 0
            g2a_physical_cursor(&y, &x)
            return (Int(x), Int(y))
        }
    }
}
