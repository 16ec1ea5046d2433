/// One line of text being edited, with its cursor: the one editor behind every text input.
///
/// The `/` filter, the `:` command line, form fields and the ticket query all hold one, and
/// keys and pastes reach each of them as the same `LineEdit`s, so editing works alike in every
/// field and a paste is always text. Text is kept sanitized and on one line.
public struct LineEditor: Equatable, Sendable {
    public private(set) var text: String
    /// The cursor, in characters from the start (0…`text.count`).
    public private(set) var cursor: Int
    /// The most characters the field holds.
    public let limit: Int

    /// A line holding `text`, the cursor at its end.
    public init(_ text: String = "", limit: Int = 1_000) {
        self.limit = max(1, limit)
        self.text = String(TextSanitizer.sanitize(Self.oneLine(text)).prefix(self.limit))
        cursor = self.text.count
    }

    /// Applies one edit; returns whether anything was cut to fit `limit`.
    @discardableResult
    public mutating func apply(_ edit: LineEdit) -> Bool {
        var characters = Array(text)
        var cut = false
        switch edit {
        case .insert(let raw):
            let clean = Array(TextSanitizer.sanitize(Self.oneLine(raw)))
            let room = max(0, limit - characters.count)
            cut = clean.count > room
            characters.insert(contentsOf: clean.prefix(room), at: cursor)
            cursor += min(room, clean.count)
        case .deleteBackward:
            guard cursor > 0 else { return false }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .deleteForward:
            guard cursor < characters.count else { return false }
            characters.remove(at: cursor)
        case .deleteWordBackward:
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .clear:
            characters.removeAll()
            cursor = 0
        case .moveLeft: cursor = max(0, cursor - 1)
        case .moveRight: cursor = min(characters.count, cursor + 1)
        case .moveHome: cursor = 0
        case .moveEnd: cursor = characters.count
        }
        text = String(characters)
        return cut
    }

    /// The text before the cursor, for drawing the cursor in place.
    public var beforeCursor: String { String(text.prefix(cursor)) }

    /// Newlines dropped: every input is one line (a pasted trailing newline is not Enter).
    static func oneLine(_ text: String) -> String { text.filter { !$0.isNewline } }
}

/// A change to a line being edited, as keys and pastes express it.
public enum LineEdit: Equatable, Sendable {
    /// Typed or pasted text at the cursor.
    case insert(String)
    /// Backspace.
    case deleteBackward
    /// Delete.
    case deleteForward
    /// Ctrl-W: the word before the cursor.
    case deleteWordBackward
    /// Ctrl-U: everything.
    case clear
    case moveLeft, moveRight, moveHome, moveEnd

    /// The edit a key stands for in any text input, or nil for keys that are not edits
    /// (Enter, Esc, Tab, ↑ ↓ are the input's own business).
    public static func forKey(_ key: Key) -> LineEdit? {
        switch key {
        case .character(let c): .insert(String(c))
        case .backspace, .ctrl("h"): .deleteBackward
        case .delete, .ctrl("d"): .deleteForward
        case .ctrl("w"): .deleteWordBackward
        case .ctrl("u"): .clear
        case .left, .ctrl("b"): .moveLeft
        case .right, .ctrl("f"): .moveRight
        case .home, .ctrl("a"): .moveHome
        case .end, .ctrl("e"): .moveEnd
        default: nil
        }
    }
}
