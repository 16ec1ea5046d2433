import Foundation

/// Renders JSON that is lossless for scripts and still safe to print on a terminal.
///
/// JSONEncoder escapes C0 controls (ESC included) but writes C1 controls, bidi overrides and
/// line separators raw; those are rewritten as `\uXXXX` escapes, which every JSON reader turns
/// back into the same characters. They can only occur inside strings, so the rewrite is safe.
enum JSONOutput {
    static func render<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        return escapeInvisibles(text) + "\n"
    }

    static func escapeInvisibles(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                out.append(contentsOf: String(format: "\\u%04X", scalar.value).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func needsEscape(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x7F...0x9F, 0x200E, 0x200F, 0x061C, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
