import Foundation

/// The OSC 52 escape sequence that puts text on the clipboard of the terminal the user sits at.
///
/// It travels with the output, so it works over SSH. tmux and GNU screen swallow unknown
/// sequences unless wrapped in their passthrough (DCS) form; tmux also needs
/// `set -g allow-passthrough on` (3.3+) or `set-clipboard on`, which README explains.
public enum ClipboardSequence {
    /// Longest text sent; many terminals drop larger OSC 52 payloads (xterm's default is ~100 kB).
    public static let maxBytes = 8192

    /// How to wrap the sequence for the multiplexer the dashboard runs in.
    public enum Passthrough: Equatable, Sendable {
        case none, tmux, screen

        /// tmux sets `TMUX`; screen sets `STY` (and a `screen*` TERM, which tmux also uses).
        public static func detect(environment: [String: String]) -> Passthrough {
            if environment["TMUX"].map({ !$0.isEmpty }) ?? false { return .tmux }
            if environment["STY"].map({ !$0.isEmpty }) ?? false { return .screen }
            return .none
        }
    }

    /// The bytes to write, or nil when `text` is too long to send safely.
    public static func bytes(for text: String, passthrough: Passthrough) -> [UInt8]? {
        let payload = Array(text.utf8)
        guard payload.count <= maxBytes else { return nil }
        let osc = "\u{1B}]52;c;" + Data(payload).base64EncodedString() + "\u{07}"
        switch passthrough {
        case .none:
            return Array(osc.utf8)
        case .tmux:
            // Inside DCS every ESC is doubled.
            return Array(("\u{1B}Ptmux;" + osc.replacingOccurrences(of: "\u{1B}", with: "\u{1B}\u{1B}") + "\u{1B}\\").utf8)
        case .screen:
            return Array(("\u{1B}P" + osc + "\u{1B}\\").utf8)
        }
    }
}
