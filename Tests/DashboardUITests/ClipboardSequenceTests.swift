import DashboardUI
import Foundation
import Testing

/// `y` on a launch URL: the OSC 52 bytes a terminal (or tmux, or screen) turns into a clipboard copy.
struct ClipboardSequenceTests {
    static let url = "https://helpdesk.example.com/launch?token=abc&x=\u{1B}[2J"

    /// The base64 payload between `52;c;` and BEL, decoded.
    static func payload(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let start = text.range(of: "]52;c;"), let end = text.range(of: "\u{07}", range: start.upperBound..<text.endIndex),
              let data = Data(base64Encoded: String(text[start.upperBound..<end.lowerBound])) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func plainTerminalsGetOneOSC52SequenceCarryingTheTextExactly() throws {
        let bytes = try #require(ClipboardSequence.bytes(for: Self.url, passthrough: .none))
        #expect(bytes.starts(with: Array("\u{1B}]52;c;".utf8)))
        #expect(bytes.last == 0x07)
        #expect(Self.payload(bytes) == Self.url)
        // Hostile text travels base64-encoded: the only ESC is the sequence's own introducer.
        #expect(bytes.filter { $0 == 0x1B }.count == 1)
    }

    @Test func tmuxGetsADCSPassthroughWithEveryEscapeDoubled() throws {
        let bytes = try #require(ClipboardSequence.bytes(for: Self.url, passthrough: .tmux))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("\u{1B}Ptmux;\u{1B}\u{1B}]52;c;"))
        #expect(text.hasSuffix("\u{07}\u{1B}\\"))
        #expect(Self.payload(bytes) == Self.url)
    }

    @Test func screenGetsAPlainDCSWrapper() throws {
        let bytes = try #require(ClipboardSequence.bytes(for: "hello", passthrough: .screen))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text == "\u{1B}P\u{1B}]52;c;aGVsbG8=\u{07}\u{1B}\\")
    }

    @Test func textOverTheCapIsNotSent() {
        let limit = String(repeating: "a", count: ClipboardSequence.maxBytes)
        #expect(ClipboardSequence.bytes(for: limit, passthrough: .none) != nil)
        #expect(ClipboardSequence.bytes(for: limit + "a", passthrough: .none) == nil)
    }

    @Test func theMultiplexerIsDetectedFromTheEnvironment() {
        #expect(ClipboardSequence.Passthrough.detect(environment: ["TMUX": "/tmp/tmux-0/default,1,0"]) == .tmux)
        #expect(ClipboardSequence.Passthrough.detect(environment: ["STY": "123.pts-0.host"]) == .screen)
        #expect(ClipboardSequence.Passthrough.detect(environment: ["TMUX": "", "TERM": "screen-256color"]) == .none)
    }
}
