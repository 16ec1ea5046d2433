import DashboardUI

/// Hands out curses colour-pair numbers for foreground/background combinations, allocating
/// each pair the first time it is needed.
///
/// Curses draws colour only through numbered pairs, and a terminal offers a fixed number of
/// them (`COLOR_PAIRS`). Allocating lazily keeps a theme's dozen combinations to a dozen pairs;
/// when the pairs run out (a huge RGB theme on a 64-pair terminal), a combination falls back
/// to the closest pair already defined instead of failing. Pure bookkeeping: the caller calls
/// `init_extended_pair` when told a pair is new.
struct ColorPairCache {
    /// A foreground/background combination, with colours already downgraded for the terminal.
    struct Colors: Hashable, Sendable {
        var foreground: Color
        var background: Color
    }

    /// The answer for one combination.
    enum Lookup: Hashable, Sendable {
        /// The pair was defined before; use it.
        case existing(Int32)
        /// A new pair number: define it with `init_extended_pair`, then use it.
        case allocated(Int32)
        /// No pair was left; this is the closest existing pair (0 is the terminal default).
        case substitute(Int32)

        /// The pair number to draw with.
        var pair: Int32 {
            switch self {
            case .existing(let pair), .allocated(let pair), .substitute(let pair): pair
            }
        }
    }

    /// The highest pair number that may be allocated (pair 0 is fixed to the default colours).
    let capacity: Int32
    private var pairs: [Colors: Int32] = [:]
    private var defined: [(colors: Colors, pair: Int32)] = []
    private var next: Int32 = 1

    /// Pair 0 means "the terminal's own colours" and is never allocated.
    static let defaultColors = Colors(foreground: .default, background: .default)

    /// Creates a cache for a terminal with `colorPairs` pairs (curses' `COLOR_PAIRS`).
    init(colorPairs: Int) {
        capacity = Int32(clamping: max(0, colorPairs - 1))
        pairs[Self.defaultColors] = 0
        defined.append((Self.defaultColors, 0))
    }

    /// The number of pairs allocated so far (not counting pair 0).
    var allocatedCount: Int { Int(next - 1) }

    /// Returns the pair for `colors`, allocating one if it is new and there is room.
    mutating func pair(for colors: Colors) -> Lookup {
        if let pair = pairs[colors] { return .existing(pair) }
        guard next <= capacity else {
            let substitute = closestDefinedPair(to: colors)
            // Remember the choice so the same colours always look the same.
            pairs[colors] = substitute
            return .substitute(substitute)
        }
        let pair = next
        next += 1
        pairs[colors] = pair
        defined.append((colors, pair))
        return .allocated(pair)
    }

    /// Forgets a pair curses refused to define, so it is never handed out as valid.
    mutating func markFailed(_ colors: Colors) {
        pairs[colors] = 0
        defined.removeAll { $0.colors == colors }
    }

    private func closestDefinedPair(to colors: Colors) -> Int32 {
        var best: Int32 = 0
        var bestDistance = Int.max
        for (candidate, pair) in defined {
            let distance =
                Self.distance(colors.foreground, candidate.foreground)
                + Self.distance(colors.background, candidate.background)
            if distance < bestDistance {
                (best, bestDistance) = (pair, distance)
            }
        }
        return best
    }

    /// Squared RGB distance; the terminal's default colour is unknown, so it only matches
    /// itself and is otherwise as far away as any colour can be.
    static func distance(_ a: Color, _ b: Color) -> Int {
        let worst = 3 * 255 * 255
        guard let (r1, g1, b1) = a.rgbValue, let (r2, g2, b2) = b.rgbValue else {
            return a == b ? 0 : worst
        }
        let dr = Int(r1) - Int(r2)
        let dg = Int(g1) - Int(g2)
        let db = Int(b1) - Int(b2)
        return dr * dr + dg * dg + db * db
    }
}
