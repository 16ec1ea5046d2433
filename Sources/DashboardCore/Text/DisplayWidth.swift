/// Measures, truncates and pads text by terminal columns rather than by characters.
///
/// Widths come from the C library's `wcwidth` (see `WidthTable`), so CJK text and emoji line
/// up the way terminals draw them. Measuring is per grapheme (Swift `Character`):
///
/// - combining marks, ZWJ and variation selectors add nothing;
/// - a grapheme with VS16 (U+FE0F), or with a scalar whose default presentation is emoji,
///   is 2 columns (unless VS15 asks for text presentation);
/// - otherwise the grapheme is as wide as its widest scalar, clamped to 0...2;
/// - a scalar `wcwidth` calls unprintable counts as 1 column. Input should already have been
///   through ``TextSanitizer``; this only keeps unsanitized input from collapsing.
///
/// Terminals disagree about a few emoji sequences (VS16 after a text-default symbol, for
/// example). The rules above match current xterm, VTE, kitty and WezTerm for common cases.
public enum DisplayWidth {
    /// Returns the number of terminal columns `text` occupies.
    public static func width(_ text: String) -> Int {
        if isPrintableASCII(text) { return text.utf8.count }
        let table = WidthTable.shared
        return table.withUTF8Locale {
            var total = 0
            for character in text { total += width(of: character, table: table) }
            return total
        }
    }

    /// Returns the number of terminal columns one grapheme occupies: 0, 1 or 2.
    public static func width(_ character: Character) -> Int {
        // Every ASCII grapheme is one column; controls too, by the unprintable rule above.
        if character.isASCII { return 1 }
        let table = WidthTable.shared
        return table.withUTF8Locale { width(of: character, table: table) }
    }

    /// Returns the columns of each grapheme of `text`, in order, measured in one pass.
    ///
    /// Drawing code uses this to place characters without re-measuring each one.
    public static func widths(_ text: String) -> [(character: Character, width: Int)] {
        if isPrintableASCII(text) { return text.map { ($0, 1) } }
        let table = WidthTable.shared
        return table.withUTF8Locale { text.map { ($0, width(of: $0, table: table)) } }
    }

    /// Shortens `text` to at most `limit` columns, ending with `ellipsis` when anything was cut.
    ///
    /// A wide character is never split: if it would straddle the limit it is dropped, so the
    /// result can be one column narrower than `limit`. Nothing is padded. When even the
    /// ellipsis does not fit, the ellipsis itself is shortened (so a 2-column limit with
    /// `"..."` gives `".."`, still signalling the cut).
    public static func truncate(_ text: String, toWidth limit: Int, ellipsis: String = "…")
        -> String
    {
        guard limit > 0 else { return "" }
        if isPrintableASCII(text) && text.utf8.count <= limit { return text }
        let measured = widths(text)
        let total = measured.reduce(0) { $0 + $1.width }
        if total <= limit { return text }
        let ellipsisWidth = width(ellipsis)
        if ellipsisWidth > limit {
            return prefix(widths(ellipsis), fitting: limit)
        }
        return prefix(measured, fitting: limit - ellipsisWidth) + ellipsis
    }

    /// Returns `text` padded with spaces to exactly `width` columns, truncating it if too long.
    ///
    /// When a truncated result ends one column short (a wide character did not fit), the
    /// padding makes up the difference, so the result is always exactly `width` columns.
    public static func pad(
        _ text: String,
        toWidth width: Int,
        alignment: TextAlignment = .left,
        ellipsis: String = "…"
    ) -> String {
        guard width > 0 else { return "" }
        let fitted = truncate(text, toWidth: width, ellipsis: ellipsis)
        let gap = width - self.width(fitted)
        guard gap > 0 else { return fitted }
        switch alignment {
        case .left:
            return fitted + String(repeating: " ", count: gap)
        case .right:
            return String(repeating: " ", count: gap) + fitted
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + fitted
                + String(repeating: " ", count: gap - left)
        }
    }

    // MARK: - Internals

    /// Returns whether every byte is printable ASCII (U+0020–U+007E), the common fast case.
    static func isPrintableASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    private static func prefix(_ measured: [(character: Character, width: Int)], fitting limit: Int)
        -> String
    {
        var result = ""
        var used = 0
        for (character, width) in measured {
            if used + width > limit { break }
            result.append(character)
            used += width
        }
        return result
    }

    private static func width(of character: Character, table: WidthTable) -> Int {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let only = scalars.first, only.isASCII {
            return 1
        }
        var widest = 0
        var hasEmojiSelector = false
        var hasTextSelector = false
        var hasEmojiPresentation = false
        for scalar in scalars {
            switch scalar.value {
            case 0xFE0F: hasEmojiSelector = true
            case 0xFE0E: hasTextSelector = true
            case 0x200D, 0xFE00...0xFE0D, 0xE0100...0xE01EF: break
            default:
                if scalar.properties.isEmojiPresentation { hasEmojiPresentation = true }
                let measured = table.width(of: scalar)
                widest = max(widest, measured < 0 ? 1 : min(measured, 2))
            }
        }
        if hasEmojiSelector || (hasEmojiPresentation && !hasTextSelector) { return 2 }
        return widest
    }

    /// The end of `text` that fits in `width` columns, never half a wide character: what an
    /// input field shows, so the end being typed stays in view.
    public static func tail(_ text: String, width: Int) -> String {
        var used = 0
        var kept: [Character] = []
        for (character, characterWidth) in DisplayWidth.widths(text).reversed() {
            if used + characterWidth > width { break }
            kept.append(character)
            used += characterWidth
        }
        return String(kept.reversed())
    }
}
