/// The flavour of generated data.
public enum SimulatorScenario: String, Sendable, CaseIterable {
    /// Realistic international data: accents, CJK, right-to-left scripts and emoji.
    case standard
    /// Standard data plus terminal escapes, control characters, bidi overrides and 10,000-character
    /// strings, so a terminal UI can prove it sanitises what it draws.
    case hostile
}
