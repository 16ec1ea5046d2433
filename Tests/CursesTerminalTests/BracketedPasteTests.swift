import DashboardCore
import DashboardUI
import Testing

@testable import CursesTerminal

/// Bracketed pastes reassembled from the keys ncurses hands over, whatever the read boundaries.
struct BracketedPasteTests {
    static func keys(_ text: String) -> [CursesInput] {
        text.map { c -> CursesInput in
            switch c {
            case "\u{1b}": .key(.escape)
            case "\n": .key(.enter)
            case "\t": .key(.tab)
            default: .key(.character(c))
            }
        }
    }

    /// Feeds each chunk as one read and returns what came out.
    static func run(_ chunks: [String]) -> [CursesInput] {
        var paste = BracketedPaste()
        var out: [CursesInput] = []
        for chunk in chunks {
            for input in keys(chunk) { paste.feed(input) { out.append($0) } }
            paste.endOfRead { out.append($0) }
        }
        return out
    }

    @Test func aPasteBecomesOneTextEvent() {
        #expect(Self.run(["\u{1b}[200~qn\u{1b}[201~"]) == [.paste("qn")])
    }

    @Test func keysAroundAPasteStayKeys() {
        #expect(Self.run(["/\u{1b}[200~acme\ncorp\u{1b}[201~j"]) ==
            [.key(.character("/")), .paste("acme\ncorp"), .key(.character("j"))])
    }

    @Test func aPasteSplitAcrossReadsIsStillOnePaste() {
        #expect(Self.run(["\u{1b}[20", "0~ab", "c\u{1b}[2", "01~"]) == [.paste("abc")])
    }

    @Test func aLoneEscapeIsNotDelayed() {
        #expect(Self.run(["\u{1b}"]) == [.key(.escape)])
        #expect(Self.run(["\u{1b}["]) == [.key(.escape), .key(.character("["))])
    }

    @Test func escapeThenOtherKeysAreThoseKeys() {
        #expect(Self.run(["\u{1b}[2x"]) == [.key(.escape), .key(.character("[")), .key(.character("2")), .key(.character("x"))])
    }

    @Test func keysInsideAPasteAreTextOrDropped() {
        var paste = BracketedPaste()
        var out: [CursesInput] = []
        let inputs = Self.keys("\u{1b}[200~a") + [.key(.up), .key(.ctrl("c"))] + Self.keys("\u{1b}Ob\u{1b}[201~")
        for input in inputs { paste.feed(input) { out.append($0) } }
        #expect(out == [.paste("aOb")])
    }

    @Test func aHugePasteIsCapped() {
        let text = String(repeating: "x", count: BracketedPaste.limit + 500)
        let out = Self.run(["\u{1b}[200~" + text + "\u{1b}[201~"])
        guard case .paste(let pasted) = out.first else {
            Issue.record("expected a paste, got \(out)")
            return
        }
        #expect(pasted.utf8.count == BracketedPaste.limit)
    }
}
