extension TextTable {
    /// One column of a ``TextTable``: its header and how its width may vary.
    public struct Column: Sendable, Equatable {
        /// The header text, already sanitized.
        public var header: String
        /// The column is never narrower than this.
        public var minWidth: Int
        /// The column is never wider than this, even when flexible; `nil` means no limit.
        public var maxWidth: Int?
        /// Where cells sit inside the column.
        public var alignment: TextAlignment
        /// Whether this column absorbs leftover width, and gives width up first when tight.
        public var isFlexible: Bool

        /// Creates a column.
        ///
        /// A `maxWidth` below `minWidth` is raised to `minWidth`; negative values count as 0.
        public init(
            _ header: String,
            minWidth: Int = 0,
            maxWidth: Int? = nil,
            alignment: TextAlignment = .left,
            isFlexible: Bool = false
        ) {
            self.header = header
            self.minWidth = max(0, minWidth)
            self.maxWidth = maxWidth.map { max($0, max(0, minWidth)) }
            self.alignment = alignment
            self.isFlexible = isFlexible
        }

        /// Returns `width` limited to this column's bounds.
        func clamp(_ width: Int) -> Int {
            min(max(width, minWidth), maxWidth ?? Int.max)
        }
    }
}
