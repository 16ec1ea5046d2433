import Testing

@testable import DashboardCore

@Suite struct DisplayWidthTests {
    @Test(
        arguments: [
            ("hello", 5),
            ("", 0),
            ("Café", 4),
            ("e\u{301}", 1),  // e + combining acute
            ("中文", 4),
            ("ｱｲｳ", 3),  // half-width katakana
            ("ＡＢ", 4),  // full-width Latin
            ("한국어", 6),
            ("😀", 2),
            ("👍🏽", 2),  // skin tone modifier
            ("👨\u{200D}👩\u{200D}👧", 2),  // ZWJ family
            ("\u{2764}\u{FE0F}", 2),  // VS16 makes a text-default symbol an emoji
            ("\u{2764}", 1),
            ("1\u{FE0F}\u{20E3}", 2),  // keycap
            ("🇩🇪", 2),  // flag
            ("\u{231A}\u{FE0E}", 2),  // VS15 on a wide watch: wcwidth still says 2
            ("a\u{200B}b", 2),  // zero-width space
            ("مرحبا", 5),
            (#"\e[31m"#, 6),
        ] as [(String, Int)])
    func widthMatchesTerminalColumns(text: String, expected: Int) {
        #expect(DisplayWidth.width(text) == expected)
    }

    @Test func unprintableCharactersCountAsOneColumn() {
        #expect(DisplayWidth.width("\u{1B}") == 1)
        #expect(DisplayWidth.width("a\u{85}b") == 3)
    }

    @Test func characterWidthAgreesWithStringWidth() {
        for character in ["a", "中", "😀", "e\u{301}", "\u{2764}\u{FE0F}"] as [Character] {
            #expect(DisplayWidth.width(character) == DisplayWidth.width(String(character)))
        }
    }

    @Test func widthIsTheSameOnOtherThreads() async {
        let widths = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { DisplayWidth.width("中文😀é") } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(widths == Array(repeating: 7, count: 8))
    }

    @Test func approximationCoversWideRangesWhenLibcIsMissing() {
        #expect(WidthTable.approximateWidth(of: "中") == 2)
        #expect(WidthTable.approximateWidth(of: "a") == 1)
        #expect(WidthTable.approximateWidth(of: "\u{301}") == 0)
        #expect(WidthTable.approximateWidth(of: "\u{1B}") == -1)
    }

    // MARK: - Truncation

    @Test func textThatFitsIsNotTruncated() {
        #expect(DisplayWidth.truncate("hello", toWidth: 5) == "hello")
        #expect(DisplayWidth.truncate("中文", toWidth: 4) == "中文")
    }

    @Test func truncationAddsAnEllipsisWithinTheLimit() {
        #expect(DisplayWidth.truncate("hello world", toWidth: 8) == "hello w…")
        #expect(DisplayWidth.truncate("hello world", toWidth: 8, ellipsis: "...") == "hello...")
    }

    @Test func truncationNeverSplitsAWideCharacter() {
        // 中文字 is 6 columns; 4 columns leave 3 for text, and 文 would need columns 3-4.
        let result = DisplayWidth.truncate("中文字", toWidth: 4)
        #expect(result == "中…")
        #expect(DisplayWidth.width(result) == 3)
    }

    @Test func truncationKeepsGraphemeClustersWhole() {
        let result = DisplayWidth.truncate("👨\u{200D}👩\u{200D}👧 family", toWidth: 4)
        #expect(result == "👨\u{200D}👩\u{200D}👧 …")
    }

    @Test func tinyLimitsGiveAnEllipsisOrNothing() {
        #expect(DisplayWidth.truncate("hello", toWidth: 1) == "…")
        #expect(DisplayWidth.truncate("hello", toWidth: 0) == "")
        #expect(DisplayWidth.truncate("hello", toWidth: -3) == "")
        #expect(DisplayWidth.truncate("hello", toWidth: 2, ellipsis: "...") == "..")
        #expect(DisplayWidth.truncate("中文", toWidth: 1) == "…")
    }

    @Test func truncatedWidthNeverExceedsTheLimit() {
        let samples = ["hello world", "中文字符串测试", "a中b文c", "😀😀😀", "e\u{301}e\u{301}e\u{301}"]
        for text in samples {
            for limit in 0...12 {
                #expect(DisplayWidth.width(DisplayWidth.truncate(text, toWidth: limit)) <= limit)
            }
        }
    }

    // MARK: - Padding

    @Test func paddingAlignsLeftRightAndCenter() {
        #expect(DisplayWidth.pad("ab", toWidth: 5) == "ab   ")
        #expect(DisplayWidth.pad("ab", toWidth: 5, alignment: .right) == "   ab")
        #expect(DisplayWidth.pad("ab", toWidth: 5, alignment: .center) == " ab  ")
    }

    @Test func paddingCountsWideCharactersAsTwoColumns() {
        #expect(DisplayWidth.pad("中", toWidth: 4) == "中  ")
        #expect(DisplayWidth.pad("中", toWidth: 4, alignment: .right) == "  中")
    }

    @Test func paddingTruncatesLongTextToExactlyTheWidth() {
        #expect(DisplayWidth.pad("hello world", toWidth: 6) == "hello…")
        // 中文字 into 4: "中…" is 3 wide, one space restores the exact width.
        #expect(DisplayWidth.pad("中文字", toWidth: 4) == "中… ")
        #expect(DisplayWidth.pad("x", toWidth: 0) == "")
    }
}
