/// A terminal colour: the terminal's own default, a palette entry, or an RGB value.
///
/// Themes are written with RGB hex values; ``downgraded(to:)`` maps them onto whatever the
/// terminal supports. `.default` means "whatever the terminal uses" (curses colour -1), which
/// keeps transparent and tmux backgrounds intact.
public enum Color: Hashable, Sendable {
    /// The terminal's default foreground or background.
    case `default`
    /// One of the 16 ANSI colours (0–7 normal, 8–15 bright). Values above 15 are invalid.
    case ansi(UInt8)
    /// An entry of the 256-colour palette.
    case indexed(UInt8)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)

    /// The ANSI colour names accepted in theme files, indexed by ANSI number.
    public static let ansiNames: [String] = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// Aliases accepted besides ``ansiNames``.
    static let ansiAliases: [String: UInt8] = ["gray": 8, "grey": 8]

    /// Parses a theme colour: `"default"`, `"#rrggbb"`, `"#rgb"`, an ANSI name such as
    /// `"bright-blue"` (or `"grey"`), or a palette index `"0"`…`"255"`.
    ///
    /// Matching is case-insensitive and ignores surrounding spaces. Returns `nil` for anything
    /// else; theme loading turns that into an error naming the key.
    public init?(parsing text: String) {
        let text = text.trimmingSpaces().lowercased()
        if text == "default" {
            self = .default
        } else if text.hasPrefix("#") {
            guard let rgb = Self.parseHex(text.dropFirst()) else { return nil }
            self = rgb
        } else if let index = Self.ansiNames.firstIndex(of: text) {
            self = .ansi(UInt8(index))
        } else if let alias = Self.ansiAliases[text] {
            self = .ansi(alias)
        } else if !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            let index = UInt8(text)
        {
            self = .indexed(index)
        } else {
            return nil
        }
    }

    /// The RGB value this colour shows as on a stock xterm, or `nil` for `.default`.
    public var rgbValue: (r: UInt8, g: UInt8, b: UInt8)? {
        switch self {
        case .default: nil
        case .rgb(let r, let g, let b): (r, g, b)
        case .ansi(let n): Self.xtermRGB(index: Int(min(n, 15)))
        case .indexed(let n): Self.xtermRGB(index: Int(n))
        }
    }

    private static func parseHex(_ digits: Substring) -> Color? {
        guard digits.utf8.allSatisfy({ $0.isHexDigit }) else { return nil }
        switch digits.count {
        case 6:
            guard let value = UInt32(digits, radix: 16) else { return nil }
            return .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        case 3:
            guard let value = UInt32(digits, radix: 16) else { return nil }
            let (r, g, b) = (UInt8(value >> 8 & 0xF), UInt8(value >> 4 & 0xF), UInt8(value & 0xF))
            return .rgb(r * 17, g * 17, b * 17)
        default:
            return nil
        }
    }
}

extension Color: CustomStringConvertible {
    /// The theme-file spelling of this colour, such as `default`, `bright-red`, `#1e90ff`, `208`.
    public var description: String {
        switch self {
        case .default: "default"
        case .ansi(let n): n < 16 ? Self.ansiNames[Int(n)] : "ansi(\(n))"
        case .indexed(let n): String(n)
        case .rgb(let r, let g, let b): "#" + [r, g, b].map(Self.hexByte).joined()
        }
    }

    private static func hexByte(_ value: UInt8) -> String {
        let text = String(value, radix: 16)
        return text.count == 1 ? "0" + text : text
    }
}

extension UInt8 {
    fileprivate var isHexDigit: Bool {
        (0x30...0x39).contains(self) || (0x41...0x46).contains(self) || (0x61...0x66).contains(self)
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var slice = Substring(self)
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return String(slice)
    }
}
