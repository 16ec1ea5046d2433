/// Makes untrusted text safe to draw: the one place control characters are neutralised.
///
/// Every string that comes from the API (or any other outside source) passes through
/// `sanitize` before it reaches the screen, a table or a log line shown in the UI. Anything
/// that a terminal could interpret, or that could reorder or hide neighbouring text, is
/// replaced by a visible escape so a technician sees *that* something odd was there:
///
/// | input                                              | shown as          |
/// |----------------------------------------------------|-------------------|
/// | ESC (U+001B)                                       | `\e`              |
/// | LF, CR, TAB                                        | `\n`, `\r`, `\t`  |
/// | other C0 controls (U+0000–U+001F) and DEL (U+007F) | `\xHH`, e.g. `\x07` |
/// | C1 controls (U+0080–U+009F)                        | `\u0085`          |
/// | bidi marks, embeddings, overrides, isolates: U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069 | `\u202E` |
/// | line and paragraph separators U+2028, U+2029       | `\u2028`          |
///
/// Hex digits are upper case. Everything else is kept: accents, CJK, Arabic and Hebrew
/// letters (their natural right-to-left order is harmless; only the *override* characters
/// can disguise text), emoji including ZWJ sequences and VS16.
///
/// A literal backslash is **not** escaped. Windows paths and domain accounts
/// (`C:\Users\tech`, `CORP\alice`) show up in session data often, and doubling every
/// backslash would make them hard to read. The cost is that an input that literally contains
/// the two characters `\e` looks like an escaped ESC; a renderer that must tell them apart
/// uses ``sanitizeMarkingEscapes(_:)`` and draws the escapes in the `text.escaped` style.
public enum TextSanitizer {
    /// Returns `text` with every unsafe scalar replaced by a visible escape.
    ///
    /// Returns the input itself, without allocating, when nothing needs escaping, which is
    /// the common case for API data.
    public static func sanitize(_ text: String) -> String {
        guard needsSanitizing(text) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if let escape = escape(for: scalar) {
                output += escape
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Sanitizes `text` and reports where the escapes ended up, so a renderer can style them.
    public static func sanitizeMarkingEscapes(_ text: String) -> SanitizedText {
        guard needsSanitizing(text) else { return SanitizedText(text: text, escapedRanges: []) }
        // Offsets are collected in UTF-8 code units while building, then turned into indices of
        // the finished string (indices into a string that is still growing are not stable).
        var output = ""
        output.reserveCapacity(text.utf8.count + 16)
        var offsets: [Range<Int>] = []
        for scalar in text.unicodeScalars {
            if let escape = escape(for: scalar) {
                let start = output.utf8.count
                output += escape
                offsets.append(start..<output.utf8.count)
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        let utf8 = output.utf8
        let ranges = offsets.map { range in
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            return start..<utf8.index(start, offsetBy: range.count)
        }
        return SanitizedText(text: output, escapedRanges: ranges)
    }

    /// Returns whether any scalar of `text` would be escaped by ``sanitize(_:)``.
    public static func needsSanitizing(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: needsEscaping)
    }

    /// Returns whether `sanitize` replaces this scalar.
    @inline(__always)
    public static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Returns the visible escape for an unsafe scalar, or `nil` when the scalar is safe.
    public static func escape(for scalar: Unicode.Scalar) -> String? {
        guard needsEscaping(scalar) else { return nil }
        switch scalar.value {
        case 0x1B: return "\\e"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        case 0x00...0x1F, 0x7F: return "\\x" + hex(scalar.value, digits: 2)
        default: return "\\u" + hex(scalar.value, digits: 4)
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
