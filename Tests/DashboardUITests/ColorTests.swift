import Testing

@testable import DashboardUI

@Suite struct ColorTests {
    @Test(
        arguments: [
            ("default", Color.default),
            ("#1e90ff", .rgb(0x1E, 0x90, 0xFF)),
            ("#1E90FF", .rgb(0x1E, 0x90, 0xFF)),
            ("#f80", .rgb(0xFF, 0x88, 0x00)),
            ("red", .ansi(1)),
            ("Bright-Blue", .ansi(12)),
            ("grey", .ansi(8)),
            (" white ", .ansi(7)),
            ("208", .indexed(208)),
            ("0", .indexed(0)),
        ] as [(String, Color)])
    func parsesThemeColourSpellings(text: String, expected: Color) {
        #expect(Color(parsing: text) == expected)
    }

    @Test(arguments: [
        "", "#12345", "#gggggg", "#1234567", "256", "-1", "purple", "rgb(1,2,3)", "0x10",
    ])
    func rejectsAnythingElse(text: String) {
        #expect(Color(parsing: text) == nil)
    }

    @Test func descriptionRoundTripsThroughParsing() {
        let colors: [Color] = [.default, .ansi(9), .indexed(42), .rgb(1, 2, 255)]
        for color in colors {
            #expect(Color(parsing: color.description) == color)
        }
        #expect(Color.rgb(1, 2, 255).description == "#0102ff")
    }

    @Test func trueColorKeepsEverything() {
        #expect(Color.rgb(1, 2, 3).downgraded(to: .trueColor) == .rgb(1, 2, 3))
    }

    @Test func rgbMapsTo256ByTheNearerOfCubeAndGreyRamp() {
        #expect(Color.rgb(255, 0, 0).downgraded(to: .c256) == .indexed(196))
        #expect(Color.rgb(0x61, 0xAF, 0xEF).downgraded(to: .c256) == .indexed(75))
        #expect(Color.rgb(128, 128, 128).downgraded(to: .c256) == .indexed(244))
        #expect(Color.rgb(0, 0, 0).downgraded(to: .c256) == .indexed(16))
        #expect(Color.rgb(255, 255, 255).downgraded(to: .c256) == .indexed(231))
    }

    @Test func darkTintedGreysStayDarkAt256() {
        // btop's round(v / 51) would give 59 (#5f5f5f) for these; the grey ramp is far closer.
        #expect(Color.rgb(0x28, 0x2C, 0x34).downgraded(to: .c256) == .indexed(236))
        #expect(Color.rgb(0x21, 0x25, 0x2B).downgraded(to: .c256) == .indexed(235))
    }

    @Test func paletteColoursSurviveAt256() {
        #expect(Color.indexed(42).downgraded(to: .c256) == .indexed(42))
        #expect(Color.ansi(3).downgraded(to: .c256) == .ansi(3))
    }

    @Test func sixteenColoursUseTheNearestANSIColour() {
        #expect(Color.rgb(250, 10, 10).downgraded(to: .c16) == .ansi(9))
        #expect(Color.rgb(0, 0, 0x10).downgraded(to: .c16) == .ansi(0))
        #expect(Color.rgb(0xE6, 0xE6, 0xE6).downgraded(to: .c16) == .ansi(7))
        #expect(Color.rgb(0x61, 0xAF, 0xEF).downgraded(to: .c16) != .ansi(1))
        #expect(Color.indexed(196).downgraded(to: .c16) == .ansi(9))
        #expect(Color.indexed(4).downgraded(to: .c16) == .ansi(4))
        #expect(Color.indexed(240).downgraded(to: .c16) == .ansi(8))
    }

    @Test func monoDropsEveryColour() {
        for color: Color in [.ansi(1), .indexed(200), .rgb(1, 2, 3), .default] {
            #expect(color.downgraded(to: .mono) == .default)
        }
    }

    @Test func defaultStaysDefaultAtEveryDepth() {
        for depth in ColorDepth.allCases {
            #expect(Color.default.downgraded(to: depth) == .default)
        }
    }

    @Test func depthResolvesFromTerminalColoursAndNoColor() {
        #expect(ColorDepth.resolve(colors: 0x1000000, noColor: false) == .trueColor)
        #expect(ColorDepth.resolve(colors: 256, noColor: false) == .c256)
        #expect(ColorDepth.resolve(colors: 88, noColor: false) == .c16)
        #expect(ColorDepth.resolve(colors: 8, noColor: false) == .c16)
        #expect(ColorDepth.resolve(colors: 2, noColor: false) == .mono)
        #expect(ColorDepth.resolve(colors: -1, noColor: false) == .mono)
        #expect(ColorDepth.resolve(colors: 256, noColor: true) == .mono)
        #expect(ColorDepth.mono < ColorDepth.c16 && ColorDepth.c256 < ColorDepth.trueColor)
    }
}
