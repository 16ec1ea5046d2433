import Testing
@testable import DashboardCore

/// The one line editor behind every text input: what typing, deleting and moving do.
struct LineEditorTests {
    static func edited(_ text: String, _ edits: [LineEdit], limit: Int = 1_000) -> LineEditor {
        var line = LineEditor(text, limit: limit)
        for edit in edits { line.apply(edit) }
        return line
    }

    @Test func typingInsertsAtTheCursorWhereverItIs() {
        let line = Self.edited("acme", [.moveHome, .moveRight, .insert("X"), .moveEnd, .insert("!")])
        #expect(line.text == "aXcme!")
        #expect(line.cursor == 6)
    }

    @Test func backspaceAndDeleteRemoveOnEitherSideOfTheCursor() {
        #expect(Self.edited("acme", [.moveLeft, .deleteBackward]).text == "ace")
        #expect(Self.edited("acme", [.moveHome, .deleteForward]).text == "cme")
        #expect(Self.edited("acme", [.moveHome, .deleteBackward]).text == "acme")
        #expect(Self.edited("acme", [.deleteForward]).text == "acme")
    }

    @Test func ctrlWDeletesTheWordBeforeTheCursorAndCtrlUEverything() {
        #expect(Self.edited("theme  light", [.deleteWordBackward]).text == "theme  ")
        #expect(Self.edited("theme  light", [.deleteWordBackward, .deleteWordBackward]).text == "")
        #expect(Self.edited("theme light", [.clear]) == LineEditor(""))
    }

    @Test func pastedNewlinesAreDroppedAndControlsShownEscaped() {
        let line = Self.edited("", [.insert("a\nb\r\n\u{1b}[2J")])
        #expect(line.text == "ab\\e[2J")
    }

    @Test func theLimitCutsAndSaysSo() {
        var line = LineEditor("abc", limit: 5)
        let cut = line.apply(.insert("defg"))
        #expect(cut)
        #expect(line.text == "abcde")
        let moved = line.apply(.moveLeft)
        #expect(!moved)
    }

    @Test func keysMapToEditsAndOtherKeysToNone() {
        #expect(LineEdit.forKey(.character("q")) == .insert("q"))
        #expect(LineEdit.forKey(.backspace) == .deleteBackward)
        #expect(LineEdit.forKey(.ctrl("w")) == .deleteWordBackward)
        #expect(LineEdit.forKey(.ctrl("u")) == .clear)
        #expect(LineEdit.forKey(.home) == .moveHome)
        #expect(LineEdit.forKey(.enter) == nil)
        #expect(LineEdit.forKey(.escape) == nil)
        #expect(LineEdit.forKey(.up) == nil)
    }

    @Test func oneMovementRuleForEveryList() {
        #expect(TableMovement.down.target(from: 4, count: 5, pageSize: 3) == 4)
        #expect(TableMovement.up.target(from: 0, count: 5, pageSize: 3) == 0)
        #expect(TableMovement.pageDown.target(from: 1, count: 50, pageSize: 10) == 11)
        #expect(TableMovement.pageUp.target(from: 3, count: 50, pageSize: 10) == 0)
        #expect(TableMovement.bottom.target(from: 0, count: 7, pageSize: 3) == 6)
        #expect(TableMovement.top.target(from: 6, count: 7, pageSize: 3) == 0)
        #expect(TableMovement.down.target(from: 0, count: 0, pageSize: 3) == 0)
    }
}
