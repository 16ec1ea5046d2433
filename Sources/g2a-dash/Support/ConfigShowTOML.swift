import Foundation

/// TOML literals for `config show`, written by hand because the output carries comments.
///
/// TOMLKit can write a table but not a trailing comment per key, and the comment saying where
/// each value comes from is the point of the command. Strings escape every control, C1 and
/// bidi character as `\uXXXX`, so a hostile value can neither end the string early nor act on
/// the terminal, and any TOML reader gets the original text back.
enum ConfigShowTOML {
    /// A basic string: `"…"` with `\\`, `\"` and invisible characters escaped.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || JSONOutput.needsEscape(scalar) {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func bool(_ value: Bool) -> String { value ? "true" : "false" }

    /// Whole numbers as integers (`5`, as people write them), others as floats (`2.5`).
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    static func array(_ items: [String]) -> String {
        "[" + items.map(string).joined(separator: ", ") + "]"
    }
}
