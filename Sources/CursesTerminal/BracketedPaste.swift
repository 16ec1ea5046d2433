import DashboardCore
import DashboardUI

/// Reassembles bracketed pastes (`ESC [200~ … ESC [201~`) from the keys ncurses decodes.
///
/// ncurses knows no key for the paste markers, so they arrive as ESC and five characters.
/// While the markers' bytes are matched they are held back; anything that turns out not to
/// be a marker goes out as the keys it was. At the end of each read a held lone ESC (or
/// ESC `[`) goes out at once, so Escape is never delayed; a longer held prefix waits for the
/// next read, since a slow link can split a marker. Inside a paste, characters, Enter and
/// Tab become text and every other key is dropped: pasted text must never act as keys.
struct BracketedPaste {
    /// The longest paste kept; the rest of a larger one is dropped (the reducer cuts further).
    static let limit = 65_536

    private static let startTail: [Character] = ["[", "2", "0", "0", "~"]
    private static let endTail: [Character] = ["[", "2", "0", "1", "~"]

    /// Start-marker characters matched so far (after an ESC held in `heldEscape`).
    private var heldEscape = false
    private var held: [Character] = []
    /// The text of the paste under way, nil outside a paste.
    private var text: String?
    /// End-marker characters matched so far inside a paste (after its ESC).
    private var endEscape = false
    private var endHeld: [Character] = []

    /// Takes one decoded input; calls `emit` with what it stands for now.
    mutating func feed(_ input: CursesInput, emit: (CursesInput) -> Void) {
        if text != nil { return feedPaste(input, emit: emit) }
        guard heldEscape else {
            if input == .key(.escape) { heldEscape = true } else { emit(input) }
            return
        }
        if case .key(.character(let c)) = input, held.count < Self.startTail.count, Self.startTail[held.count] == c {
            held.append(c)
            if held.count == Self.startTail.count {
                (heldEscape, held, text) = (false, [], "")
            }
            return
        }
        releaseHeld(emit: emit)
        feed(input, emit: emit)
    }

    /// Ends a read: a held ESC or ESC `[` goes out as keys; a longer prefix keeps waiting.
    mutating func endOfRead(emit: (CursesInput) -> Void) {
        if heldEscape, held.count < 2 { releaseHeld(emit: emit) }
    }

    private mutating func releaseHeld(emit: (CursesInput) -> Void) {
        emit(.key(.escape))
        for c in held { emit(.key(.character(c))) }
        (heldEscape, held) = (false, [])
    }

    private mutating func feedPaste(_ input: CursesInput, emit: (CursesInput) -> Void) {
        if endEscape {
            if case .key(.character(let c)) = input, endHeld.count < Self.endTail.count, Self.endTail[endHeld.count] == c {
                endHeld.append(c)
                if endHeld.count == Self.endTail.count {
                    emit(.paste(text ?? ""))
                    (text, endEscape, endHeld) = (nil, false, [])
                }
                return
            }
            // Not the end marker: the ESC is dropped, the characters are text.
            for c in endHeld { append(c) }
            (endEscape, endHeld) = (false, [])
        }
        switch input {
        case .key(.escape): endEscape = true
        case .key(.character(let c)): append(c)
        case .key(.enter): append("\n")
        case .key(.tab): append("\t")
        default: break
        }
    }

    private mutating func append(_ c: Character) {
        guard var current = text, current.utf8.count < Self.limit else { return }
        current.append(c)
        text = current
    }
}
