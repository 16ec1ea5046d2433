import Testing

@testable import DashboardCore

@Suite struct TextSanitizerTests {
    @Test(arguments: [
        "plain ASCII text",
        "Café crème, naïve façade",
        "中文客户 株式会社 한국어",
        "مرحبا بالعالم עברית",
        "👍🏽 👨‍👩‍👧 ❤️ 1️⃣ 🇩🇪",
        #"C:\Users\tech and CORP\alice"#,
        "",
    ])
    func printableTextIsReturnedUnchanged(text: String) {
        #expect(TextSanitizer.sanitize(text) == text)
        #expect(!TextSanitizer.needsSanitizing(text))
    }

    @Test func escapeSequencesAreShownVisibly() {
        #expect(TextSanitizer.sanitize("\u{1B}[31mred\u{1B}[0m") == #"\e[31mred\e[0m"#)
        #expect(TextSanitizer.sanitize("\u{1B}]52;c;aGk=\u{07}") == #"\e]52;c;aGk=\x07"#)
    }

    @Test func newlineCarriageReturnAndTabUseTheirShortEscapes() {
        #expect(TextSanitizer.sanitize("a\nb\rc\td") == #"a\nb\rc\td"#)
        #expect(TextSanitizer.sanitize("line\r\n") == #"line\r\n"#)
    }

    @Test func otherC0ControlsAndDeleteUseUppercaseHex() {
        #expect(
            TextSanitizer.sanitize("\u{00}\u{07}\u{08}\u{1F}\u{7F}") == #"\x00\x07\x08\x1F\x7F"#)
    }

    @Test func c1ControlsUseUnicodeEscapes() {
        #expect(TextSanitizer.sanitize("a\u{85}b\u{9B}c\u{80}") == #"a\u0085b\u009Bc\u0080"#)
    }

    @Test func bidiControlsAreShownSoTextCannotBeDisguised() {
        // "invoice_\u{202E}fdp.exe" would otherwise display as "invoice_exe.pdf".
        #expect(TextSanitizer.sanitize("invoice_\u{202E}fdp.exe") == #"invoice_\u202Efdp.exe"#)
        let all: [UInt32] = [
            0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
            0x2066, 0x2067, 0x2068, 0x2069,
        ]
        for value in all {
            let text = String(Unicode.Scalar(value)!)
            let expected = "\\u" + String(value, radix: 16, uppercase: true).leftPadded(to: 4)
            #expect(TextSanitizer.sanitize(text) == expected)
        }
    }

    @Test func lineAndParagraphSeparatorsAreEscaped() {
        #expect(TextSanitizer.sanitize("a\u{2028}b\u{2029}") == #"a\u2028b\u2029"#)
    }

    @Test func backslashIsKeptForReadableWindowsPaths() {
        #expect(TextSanitizer.sanitize(#"C:\Temp\new"#) == #"C:\Temp\new"#)
    }

    @Test func joinersAndVariationSelectorsInEmojiAreKept() {
        let family = "👨\u{200D}👩\u{200D}👧"
        #expect(TextSanitizer.sanitize(family) == family)
        #expect(TextSanitizer.sanitize("\u{2764}\u{FE0F}") == "\u{2764}\u{FE0F}")
    }

    @Test func sanitizedOutputNeverContainsAnEscapableScalar() {
        var everything = ""
        for value in UInt32(0)...0x3000 {
            if let scalar = Unicode.Scalar(value) { everything.unicodeScalars.append(scalar) }
        }
        let output = TextSanitizer.sanitize(everything)
        #expect(!output.unicodeScalars.contains(where: TextSanitizer.needsEscaping))
    }

    @Test func markingVariantReportsWhereEscapesWent() {
        let result = TextSanitizer.sanitizeMarkingEscapes("a\u{1B}b\u{202E}c")
        #expect(result.text == #"a\eb\u202Ec"#)
        #expect(result.escapedRanges.map { String(result.text[$0]) } == [#"\e"#, #"\u202E"#])
        #expect(
            result.segments.map { "\($0.isEscape ? "!" : "")\($0.text)" }
                == ["a", #"!\e"#, "b", #"!\u202E"#, "c"])
    }

    @Test func markingVariantOfCleanTextHasNoRanges() {
        let result = TextSanitizer.sanitizeMarkingEscapes("clean")
        #expect(result.text == "clean")
        #expect(result.escapedRanges.isEmpty)
        #expect(result.segments.map(\.text) == ["clean"])
    }
}

extension String {
    fileprivate func leftPadded(to count: Int) -> String {
        String(repeating: "0", count: max(0, count - self.count)) + self
    }
}
