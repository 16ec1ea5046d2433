extension TextTable {
    /// The computed geometry of a ``TextTable``: column widths and where each column starts.
    ///
    /// Panes use it to draw cells one by one in their own styles; `line(for:)` gives the
    /// plain-text rendering used for printed output.
    public struct Layout: Sendable, Equatable {
        /// The width of each column, in terminal columns.
        public let widths: [Int]
        /// The x offset where each column starts, relative to the table's left edge.
        public let offsets: [Int]
        /// The alignment of each column.
        public let alignments: [TextAlignment]
        /// The text placed between columns.
        public let separator: String
        /// What truncated cells end with.
        public let ellipsis: String

        /// Creates a layout from column widths; offsets follow from the separator's width.
        public init(
            widths: [Int],
            alignments: [TextAlignment],
            separator: String,
            ellipsis: String = "…"
        ) {
            self.widths = widths
            self.alignments = alignments
            self.separator = separator
            self.ellipsis = ellipsis
            let gap = DisplayWidth.width(separator)
            var offsets: [Int] = []
            var x = 0
            for width in widths {
                offsets.append(x)
                x += width + gap
            }
            self.offsets = offsets
        }

        /// The width of a full line: all columns plus the separators between them.
        public var totalWidth: Int {
            widths.reduce(0, +) + DisplayWidth.width(separator) * max(0, widths.count - 1)
        }

        /// Returns each cell of `row` padded or truncated to exactly its column's width.
        public func cells(for row: [String]) -> [String] {
            widths.indices.map { index in
                DisplayWidth.pad(
                    index < row.count ? row[index] : "",
                    toWidth: widths[index],
                    alignment: index < alignments.count ? alignments[index] : .left,
                    ellipsis: ellipsis
                )
            }
        }

        /// Returns `row` as one line of exactly ``totalWidth`` columns.
        public func line(for row: [String]) -> String {
            cells(for: row).joined(separator: separator)
        }
    }
}
