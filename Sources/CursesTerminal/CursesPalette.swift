@preconcurrency import CNcursesw
import DashboardUI

/// Maps dashboard styles onto curses colour numbers and attribute bits for one terminal.
///
/// Pure: it only knows the numbers ncurses reported at start-up, so it is tested without a
/// terminal. Colours are first downgraded to the terminal's depth with the `Color` API; on an
/// 8-colour terminal the bright ANSI colours 8–15 are then folded onto 0–7, with bold standing
/// in for "bright" on the foreground, which is what such terminals do themselves.
struct CursesPalette: Sendable {
    /// The depth styles are downgraded to.
    let depth: ColorDepth
    /// curses' `COLORS` after `start_color()`.
    let colorCount: Int
    /// Whether `use_default_colors()` succeeded, so -1 means the terminal's own colour.
    let hasDefaultColors: Bool

    /// The colour pair and extra boldness `style` needs here.
    func colors(for style: Style) -> (colors: ColorPairCache.Colors, addsBold: Bool) {
        let style = style.downgraded(to: depth)
        var foreground = style.fg
        var background = style.bg
        var addsBold = false
        if colorCount < 16 {
            if case .ansi(let n) = foreground, n >= 8 {
                foreground = .ansi(n - 8)
                addsBold = true
            }
            if case .ansi(let n) = background, n >= 8 { background = .ansi(n - 8) }
        }
        return (ColorPairCache.Colors(foreground: foreground, background: background), addsBold)
    }

    /// The curses colour number for an already downgraded colour.
    ///
    /// `isForeground` only matters when the terminal has no default colours, where "default"
    /// has to be spelled as white on black.
    func number(for color: Color, isForeground: Bool) -> Int32 {
        switch color {
        case .default:
            return hasDefaultColors ? -1 : (isForeground ? 7 : 0)
        case .ansi(let n) where depth != .trueColor || n < 8:
            return Int32(min(n, 15))
        case .indexed(let n) where depth != .trueColor:
            return Int32(n)
        case .ansi, .indexed, .rgb:
            // Direct colour: the number *is* 0xRRGGBB, except that 0–7 still mean the ANSI
            // colours, so a near-black like #000005 is nudged out of that range.
            guard let (r, g, b) = color.rgbValue else { return -1 }
            let packed = Int32(r) << 16 | Int32(g) << 8 | Int32(b)
            return packed > 0 && packed < 8 ? 8 : packed
        }
    }

    /// The curses attribute bits for `style`'s bold, dim, reverse and underline.
    static func attributes(for style: Style, addingBold: Bool = false) -> attr_t {
        var attributes = g2a_attr_normal()
        if style.bold || addingBold { attributes |= g2a_attr_bold() }
        if style.dim { attributes |= g2a_attr_dim() }
        if style.reverse { attributes |= g2a_attr_reverse() }
        if style.underline { attributes |= g2a_attr_underline() }
        return attributes
    }
}
