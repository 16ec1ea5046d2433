import DashboardCore

/// Wraps styled text into lines of a given display width, for overlays and narrow messages.
///
/// Lines break after a space when one is on the line, otherwise mid-word (a 10,000-character
/// name with no spaces still wraps). Widths are terminal columns, so CJK and emoji wrap where
/// the terminal would put them, and a wide character is never split across lines.
enum TextWrap {
    private struct Glyph {
        var character: Character
        var width: Int
        var role: ThemeRole
    }

    /// Returns `spans` split into lines of at most `width` columns.
    ///
    /// Continuation lines start with `indent` spaces (a hanging indent, so wrapped values stay
    /// right of their `key:`) in `indentRole`, unless the indent would take more than half the
    /// line, then with none. Empty input gives one empty line, so a blank value keeps its row.
    static func wrap(
        _ spans: [Span], width: Int, indent: Int = 0, indentRole: ThemeRole = .textPrimary
    ) -> [[Span]] {
        guard width > 0 else { return [] }
        var glyphs: [Glyph] = []
        for span in spans {
            for (character, characterWidth) in DisplayWidth.widths(span.text) {
                glyphs.append(Glyph(character: character, width: characterWidth, role: span.role))
            }
        }
        let hang = indent <= width / 2 ? indent : 0
        var lines: [[Span]] = []
        var line: [Glyph] = []
        var lineWidth = 0
        var contentStart = 0
        var lastBreak: Int?
        var index = 0

        func startContinuation() {
            line = Array(repeating: Glyph(character: " ", width: 1, role: indentRole), count: hang)
            lineWidth = hang
            contentStart = hang
            lastBreak = nil
        }

        while index < glyphs.count {
            let glyph = glyphs[index]
            if !lines.isEmpty, line.count == contentStart, glyph.character == " " {
                index += 1
                continue
            }
            if lineWidth + glyph.width > width {
                guard line.count > contentStart else {
                    index += 1  // wider than the whole line (a wide character in 1 column)
                    continue
                }
                if let lastBreak, lastBreak > contentStart, lastBreak < line.count,
                    wordWidth(line[lastBreak...], then: glyphs[index...]) <= width - hang
                {
                    // Move the partial word back to the input; it starts the next line. A word
                    // too long for any line is cut here instead, so it doesn't leave a gap.
                    index -= line.count - lastBreak
                    line.removeLast(line.count - lastBreak)
                }
                lines.append(spansOf(line))
                startContinuation()
                continue
            }
            line.append(glyph)
            lineWidth += glyph.width
            if glyph.character == " " { lastBreak = line.count }
            index += 1
        }
        if line.count > contentStart || lines.isEmpty { lines.append(spansOf(line)) }
        return lines
    }

    /// The width of a word begun in `start` and continued in `rest` up to the next space.
    private static func wordWidth(_ start: ArraySlice<Glyph>, then rest: ArraySlice<Glyph>) -> Int {
        var width = start.reduce(0) { $0 + $1.width }
        for glyph in rest {
            if glyph.character == " " { break }
            width += glyph.width
        }
        return width
    }

    /// Regroups glyphs into spans of one role each, dropping spaces at the end of the line
    /// (they would only push a centred line off centre).
    private static func spansOf(_ glyphs: [Glyph]) -> [Span] {
        var spans: [Span] = []
        let end = (glyphs.lastIndex { $0.character != " " } ?? -1) + 1
        for glyph in glyphs[..<end] {
            if let last = spans.last, last.role == glyph.role {
                spans[spans.count - 1].text.append(glyph.character)
            } else {
                spans.append(Span(String(glyph.character), glyph.role))
            }
        }
        return spans
    }
}
