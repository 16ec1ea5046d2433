extension Color {
    /// Returns the closest colour the given depth can show.
    ///
    /// - `.trueColor` keeps everything.
    /// - `.c256` maps RGB to the 6×6×6 cube (16–231) or the grey ramp (232–255), whichever is
    ///   closer: btop's cube + grey scheme with tmux's `colour_find_rgb` arithmetic. The cube
    ///   step uses xterm's real levels (0, 95, 135, …, 255) rather than btop's `round(v / 51)`,
    ///   whose even steps send near-black tinted greys such as `#21252b` to `#5f5f5f` and
    ///   would turn dark bars light grey.
    /// - `.c16` maps RGB and palette colours above 15 to the nearest of the 16 ANSI colours
    ///   (xterm's default RGB values, "redmean" weighted distance).
    /// - `.mono` turns every colour into `.default`.
    ///
    /// `.default` stays `.default` at every depth.
    public func downgraded(to depth: ColorDepth) -> Color {
        switch (self, depth) {
        case (.default, _), (_, .trueColor): return self
        case (_, .mono): return .default
        case (.ansi, _): return self
        case (.indexed(let n), .c256): return .indexed(n)
        case (.rgb(let r, let g, let b), .c256): return .indexed(Self.nearest256(r, g, b))
        case (.indexed(let n), .c16):
            if n < 16 { return .ansi(n) }
            let (r, g, b) = Self.xtermRGB(index: Int(n))
            return .ansi(Self.nearestANSI(r, g, b))
        case (.rgb(let r, let g, let b), .c16): return .ansi(Self.nearestANSI(r, g, b))
        }
    }

    /// Relative luminance from 0 (black) to 1 (white), for picking a readable contrast colour.
    var luminance: Double? {
        guard let (r, g, b) = rgbValue else { return nil }
        return (0.2126 * Double(r) + 0.7152 * Double(g) + 0.0722 * Double(b)) / 255
    }

    // MARK: - Palettes

    /// xterm's default values for the 16 ANSI colours.
    private static let ansiRGB: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The RGB value of a 256-palette entry on a stock xterm.
    static func xtermRGB(index: Int) -> (r: UInt8, g: UInt8, b: UInt8) {
        switch index {
        case 0..<16:
            return ansiRGB[index]
        case 16..<232:
            let steps: [UInt8] = [0, 95, 135, 175, 215, 255]
            let cube = index - 16
            return (steps[cube / 36], steps[cube / 6 % 6], steps[cube % 6])
        default:
            let level = UInt8(8 + 10 * (min(index, 255) - 232))
            return (level, level, level)
        }
    }

    private static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        let levels = [0, 95, 135, 175, 215, 255]
        func cubeStep(_ value: Int) -> Int {
            value < 48 ? 0 : value < 114 ? 1 : (value - 35) / 40
        }
        let (red, green, blue) = (Int(r), Int(g), Int(b))
        let (qr, qg, qb) = (cubeStep(red), cubeStep(green), cubeStep(blue))
        let cubeIndex = 16 + 36 * qr + 6 * qg + qb
        let cube = (levels[qr], levels[qg], levels[qb])
        let average = (red + green + blue) / 3
        let greyStep = average > 238 ? 23 : max(0, (average - 3) / 10)
        let grey = 8 + 10 * greyStep
        func distance(_ c: (Int, Int, Int)) -> Int {
            (c.0 - red) * (c.0 - red) + (c.1 - green) * (c.1 - green) + (c.2 - blue) * (c.2 - blue)
        }
        return UInt8(distance((grey, grey, grey)) < distance(cube) ? 232 + greyStep : cubeIndex)
    }

    private static func nearestANSI(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        var best = 0
        var bestDistance = Double.infinity
        for (index, candidate) in ansiRGB.enumerated() {
            let distance = redmeanDistance((r, g, b), candidate)
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return UInt8(best)
    }

    /// A cheap perceptual distance (https://www.compuphase.com/cmetric.htm).
    private static func redmeanDistance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8))
        -> Double
    {
        let redMean = (Double(a.0) + Double(b.0)) / 2
        let dr = Double(a.0) - Double(b.0)
        let dg = Double(a.1) - Double(b.1)
        let db = Double(a.2) - Double(b.2)
        return (2 + redMean / 256) * dr * dr + 4 * dg * dg + (2 + (255 - redMean) / 256) * db * db
    }
}
