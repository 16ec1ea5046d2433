import DashboardCore
import DashboardUI
import Testing

@testable import CursesTerminal

/// Key codes from ncurses' `curses.h` (octal there); the decoder must agree with the ABI.
private enum Code {
    static let codeYes: Int32 = 0o400
    static let down: UInt32 = 0o402, up: UInt32 = 0o403, left: UInt32 = 0o404, right: UInt32 = 0o405
    static let home: UInt32 = 0o406, backspace: UInt32 = 0o407, f0: UInt32 = 0o410
    static let delete: UInt32 = 0o512, insert: UInt32 = 0o513
    static let pageDown: UInt32 = 0o522, pageUp: UInt32 = 0o523, enter: UInt32 = 0o527
    static let a1: UInt32 = 0o534, a3: UInt32 = 0o535, c1: UInt32 = 0o537, c3: UInt32 = 0o540
    static let backTab: UInt32 = 0o541, end: UInt32 = 0o550, find: UInt32 = 0o552,
        select: UInt32 = 0o601
    static let mouse: UInt32 = 0o631, resize: UInt32 = 0o632
}

struct CursesKeyDecoderTests {
    @Test(arguments: [
        (Code.up, Key.up), (Code.down, .down), (Code.left, .left), (Code.right, .right),
        (Code.pageUp, .pageUp), (Code.pageDown, .pageDown), (Code.home, .home), (Code.end, .end),
        (Code.backTab, .backTab), (Code.backspace, .backspace), (Code.delete, .delete),
        (Code.insert, .insert), (Code.enter, .enter),
        (Code.f0 + 1, .function(1)), (Code.f0 + 5, .function(5)), (Code.f0 + 12, .function(12)),
        (Code.a1, .home), (Code.c1, .end), (Code.a3, .pageUp), (Code.c3, .pageDown),
        (Code.find, .home), (Code.select, .end),
    ])
    func cursesKeyCodesDecodeToNavigationKeys(code: UInt32, key: Key) {
        #expect(CursesKeyDecoder.decode(status: Code.codeYes, code: code) == .key(key))
    }

    @Test(arguments: [
        (UInt32(9), Key.tab), (10, .enter), (13, .enter), (27, .escape),
        (127, .backspace), (8, .backspace),
        (3, .ctrl("c")), (1, .ctrl("a")), (18, .ctrl("r")), (26, .ctrl("z")),
        (0x71, .character("q")), (0x47, .character("G")), (0x20, .character(" ")),
        (0x2F, .character("/")), (0xE9, .character("é")), (0x754C, .character("界")),
        (0x1F642, .character("🙂")),
    ])
    func wideCharacterCodesDecodeToKeys(code: UInt32, key: Key) {
        #expect(CursesKeyDecoder.decode(status: 0, code: code) == .key(key))
    }

    @Test func resizeCodeIsReportedAsResize() {
        #expect(CursesKeyDecoder.decode(status: Code.codeYes, code: Code.resize) == .resize)
    }

    @Test(arguments: [Code.mouse, Code.f0, 0o777])
    func unknownKeyCodesAreIgnored(code: UInt32) {
        #expect(CursesKeyDecoder.decode(status: Code.codeYes, code: code) == .ignored)
    }

    @Test(arguments: [UInt32(0), 28, 31, 0x85, 0x9F, 0xD800, 0x110000])
    func controlAndInvalidCharactersAreIgnored(code: UInt32) {
        #expect(CursesKeyDecoder.decode(status: 0, code: code) == .ignored)
    }

    @Test func sameNumberMeansKeyCodeOnlyWithKeyCodeStatus() {
        // 0o403 is KEY_UP as a key code but U+0103 ("ă") as a character.
        #expect(CursesKeyDecoder.decode(status: Code.codeYes, code: 0o403) == .key(.up))
        #expect(CursesKeyDecoder.decode(status: 0, code: 0o403) == .key(.character("ă")))
    }
}
