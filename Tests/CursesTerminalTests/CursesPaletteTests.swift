import DashboardUI
import Testing

@testable import CursesTerminal

struct CursesPaletteTests {
    private let xterm256 = CursesPalette(depth: .c256, colorCount: 256, hasDefaultColors: true)

    @Test func defaultColorIsMinusOneWhenTerminalHasDefaultColors() {
        #expect(xterm256.number(for: .default, isForeground: true) == -1)
        #expect(xterm256.number(for: .default, isForeground: false) == -1)
    }

    @Test func defaultColorIsWhiteOnBlackWithoutDefaultColors() {
        let palette = CursesPalette(depth: .c16, colorCount: 8, hasDefaultColors: false)
        #expect(palette.number(for: .default, isForeground: true) == 7)
        #expect(palette.number(for: .default, isForeground: false) == 0)
    }

    @Test func rgbIsDowngradedToThe256Palette() {
        let (colors, addsBold) = xterm256.colors(for: Style(fg: .rgb(255, 0, 0), bg: .rgb(0, 0, 0)))
        #expect(colors.foreground == .indexed(196))
        #expect(colors.background == .indexed(232) || colors.background == .indexed(16))
        #expect(!addsBold)
        #expect(xterm256.number(for: .indexed(196), isForeground: true) == 196)
    }

    @Test func brightColorsFoldToBoldOnEightColorTerminals() {
        let palette = CursesPalette(depth: .c16, colorCount: 8, hasDefaultColors: true)
        let (colors, addsBold) = palette.colors(for: Style(fg: .ansi(9), bg: .ansi(12)))
        #expect(colors == .init(foreground: .ansi(1), background: .ansi(4)))
        #expect(addsBold)
    }

    @Test func monoDepthDropsAllColors() {
        let palette = CursesPalette(depth: .mono, colorCount: 0, hasDefaultColors: false)
        let (colors, _) = palette.colors(for: Style(fg: .rgb(1, 2, 3), bg: .ansi(4), bold: true))
        #expect(colors == ColorPairCache.defaultColors)
    }

    @Test func directColorPacksRGBAndKeepsLowANSI() {
        let palette = CursesPalette(
            depth: .trueColor, colorCount: 0x100_0000, hasDefaultColors: true)
        #expect(palette.number(for: .rgb(0x12, 0x34, 0x56), isForeground: true) == 0x123456)
        #expect(palette.number(for: .ansi(3), isForeground: true) == 3)
        #expect(palette.number(for: .rgb(0, 0, 5), isForeground: true) == 8, "0–7 would mean ANSI")
        #expect(palette.number(for: .indexed(16), isForeground: true) == 0)
    }

    @Test func attributesCombineIndependently() {
        let bold = CursesPalette.attributes(for: Style(bold: true))
        let reverse = CursesPalette.attributes(for: Style(reverse: true))
        let underline = CursesPalette.attributes(for: Style(underline: true))
        let plain = CursesPalette.attributes(for: .plain)
        #expect(Set([bold, reverse, underline, plain]).count == 4)
        #expect(CursesPalette.attributes(for: Style(bold: true, reverse: true)) == bold | reverse)
        #expect(CursesPalette.attributes(for: .plain, addingBold: true) == bold)
    }
}
