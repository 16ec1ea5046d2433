@preconcurrency import CNcursesw
import DashboardUI

extension CursesScreen {
    /// Copies `grid` to the terminal with one `doupdate`, touching only rows that changed.
    ///
    /// An identical frame returns before any curses call, so it writes nothing. Otherwise
    /// each changed row has its changed span rewritten into `stdscr`; ncurses then compares
    /// with what the terminal shows and sends only real differences (31 bytes for an 8-character
    /// clock tick at 120×40). The hardware cursor stays invisible but is parked on
    /// `grid.cursor` (the selected row) for screen readers and braille displays.
    func draw(_ grid: Grid) {
        guard grid != lastGrid else { return }
        CursesLock.withScreen(screen) {
            let rows = min(grid.height, Int(getmaxy(window)))
            let columns = min(grid.width, Int(getmaxx(window)))
            var previous = lastGrid
            if previous?.width != grid.width || previous?.height != grid.height {
                // First frame or a new size: start from blank (erase, never clear, so ncurses
                // still sends only the difference).
                previous = nil
                werase(window)
            }
            for y in 0..<rows {
                guard let span = RowDiff.changedColumns(row: y, old: previous, new: grid) else {
                    continue
                }
                var x = span.lowerBound
                while x < min(span.upperBound, columns) {
                    x += writeCell(of: grid, x: x, y: y, visibleColumns: columns)
                }
            }
            if let (x, y) = grid.cursor, x >= 0, y >= 0, x < columns, y < rows {
                leaveok(window, false)
                wmove(window, Int32(y), Int32(x))
            } else {
                leaveok(window, true)
            }
            wnoutrefresh(window)
            doupdate()
        }
        lastGrid = grid
    }

    /// Writes the cell at (`x`, `y`) and returns the columns it covered (2 for a wide one).
    private func writeCell(of grid: Grid, x: Int, y: Int, visibleColumns: Int) -> Int {
        let cell = grid[x: x, y: y]
        let (attributes, pair) = resolve(cell.style)
        let isWide = x + 1 < grid.width && grid[x: x + 1, y: y].isContinuation
        let scalars = Array(cell.character.unicodeScalars)
        func put(_ text: [Unicode.Scalar], at column: Int) -> Bool {
            putCell(text, x: column, y: y, attributes: attributes, pair: pair)
        }
        let blank: [Unicode.Scalar] = [" "]
        let substitute: [Unicode.Scalar] = ["?"]

        if cell.isContinuation {
            // Only reached when a span starts on an orphaned right half: draw it blank.
            _ = put(blank, at: x)
            return 1
        }
        if !isWide {
            _ = put(
                CursesScreen.printable(scalars, width: 1, utf8: capabilities.isUTF8) ?? substitute,
                at: x)
            return 1
        }
        // A wide character: it needs its continuation column on screen and a terminal that
        // agrees it is two columns wide; otherwise keep the layout with narrower stand-ins.
        guard x + 1 < visibleColumns else {
            _ = put(blank, at: x)
            return 1
        }
        if let text = CursesScreen.printable(scalars, width: 2, utf8: capabilities.isUTF8),
            put(text, at: x) || put([text[0]], at: x)
        {
            return 2
        }
        let narrow = CursesScreen.printable([scalars[0]], width: 1, utf8: capabilities.isUTF8)
        _ = put(narrow ?? substitute, at: x)
        _ = put(blank, at: x + 1)
        return 2
    }

    /// Returns `scalars` if the C library agrees the grapheme is `width` columns and the
    /// terminal can show it, else `nil` (the caller substitutes).
    ///
    /// Under a non-UTF-8 locale only printable ASCII passes. Control characters never pass:
    /// curses would draw them as two-column `^X`.
    static func printable(_ scalars: [Unicode.Scalar], width: Int, utf8: Bool) -> [Unicode.Scalar]?
    {
        guard let first = scalars.first else { return nil }
        if first.isASCII {
            guard first.value >= 0x20, first.value != 0x7F, width == 1 else { return nil }
            if scalars.count == 1 { return scalars }
        }
        guard utf8 else { return nil }
        let columns = first.isASCII ? 1 : Int(g2a_wcwidth(Int32(bitPattern: first.value)))
        return columns == width ? scalars : nil
    }

    /// Stores one grapheme (at most `CCHARW_MAX` scalars) in a cell without moving the cursor.
    private func putCell(
        _ scalars: [Unicode.Scalar], x: Int, y: Int, attributes: attr_t, pair: Int32
    ) -> Bool {
        let limit = Int(g2a_cell_chars_max())
        return withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: limit + 1) { buffer in
            var count = 0
            for scalar in scalars.prefix(limit) {
                buffer[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            buffer[count] = 0
            return g2a_put_cell(window, Int32(y), Int32(x), buffer.baseAddress, attributes, pair)
                != g2a_err()
        }
    }

    /// The attributes and colour pair for `style`, defining the pair on first use.
    private func resolve(_ style: Style) -> (attr_t, Int32) {
        if let known = resolvedStyles[style] { return known }
        let (colors, addsBold) = palette.colors(for: style)
        var pair: Int32 = 0
        if palette.depth != .mono {
            let lookup = pairs.pair(for: colors)
            pair = lookup.pair
            if case .allocated = lookup {
                let foreground = palette.number(for: colors.foreground, isForeground: true)
                let background = palette.number(for: colors.background, isForeground: false)
                if init_extended_pair(pair, foreground, background) == g2a_err() {
                    pairs.markFailed(colors)
                    pair = 0
                }
            }
        }
        let resolved = (CursesPalette.attributes(for: style, addingBold: addsBold), pair)
        resolvedStyles[style] = resolved
        return resolved
    }
}
