/// A sanitized string together with the places where escapes were inserted.
///
/// Produced by ``TextSanitizer/sanitizeMarkingEscapes(_:)`` so a renderer can draw the
/// escapes (e.g. `\e`) in a distinct style and a technician can tell them from ordinary text.
public struct SanitizedText: Equatable, Sendable {
    /// A run of sanitized text that is either all ordinary text or a single escape.
    public struct Segment: Equatable, Sendable {
        /// The characters of this run.
        public var text: Substring
        /// Whether this run is an escape inserted by the sanitizer.
        public var isEscape: Bool
    }

    /// The sanitized text, safe to draw.
    public let text: String
    /// The ranges of `text` that are escapes, in order and not overlapping.
    public let escapedRanges: [Range<String.Index>]

    /// Creates a value from already-sanitized text and its escape ranges.
    public init(text: String, escapedRanges: [Range<String.Index>]) {
        self.text = text
        self.escapedRanges = escapedRanges
    }

    /// Splits `text` into alternating ordinary and escape runs, in order, skipping empty runs.
    public var segments: [Segment] {
        var result: [Segment] = []
        var cursor = text.startIndex
        for range in escapedRanges {
            if cursor < range.lowerBound {
                result.append(Segment(text: text[cursor..<range.lowerBound], isEscape: false))
            }
            result.append(Segment(text: text[range], isEscape: true))
            cursor = range.upperBound
        }
        if cursor < text.endIndex {
            result.append(Segment(text: text[cursor...], isEscape: false))
        }
        return result
    }
}
