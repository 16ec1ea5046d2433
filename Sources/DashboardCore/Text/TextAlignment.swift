/// Horizontal placement of text inside a wider field.
public enum TextAlignment: String, Sendable, CaseIterable {
    /// Text starts at the left edge; padding goes on the right.
    case left
    /// Text ends at the right edge; padding goes on the left (numbers, durations).
    case right
    /// Text sits in the middle; an odd leftover column goes on the right.
    case center
}
