/// An axis-aligned area of a ``Grid`` in cell coordinates; x grows right, y grows down.
///
/// Negative sizes are stored as zero, so an over-shrunk rect is simply empty.
public struct Rect: Hashable, Sendable {
    /// The leftmost column.
    public var x: Int
    /// The top row.
    public var y: Int
    /// The number of columns; never negative.
    public var width: Int { didSet { width = max(0, width) } }
    /// The number of rows; never negative.
    public var height: Int { didSet { height = max(0, height) } }

    /// Creates a rect; negative sizes become zero.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The first column to the right of the rect.
    public var maxX: Int { x + width }
    /// The first row below the rect.
    public var maxY: Int { y + height }
    /// Whether the rect covers no cells.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// Returns whether the cell at (`x`, `y`) lies inside the rect.
    public func contains(x: Int, y: Int) -> Bool {
        x >= self.x && x < maxX && y >= self.y && y < maxY
    }

    /// Returns the rect shrunk by `dx` columns on each side and `dy` rows at top and bottom.
    public func insetBy(dx: Int, dy: Int) -> Rect {
        Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
    }

    /// The area inside a one-cell border, as drawn by ``Grid/box(_:title:style:titleStyle:borders:)``.
    public var inner: Rect { insetBy(dx: 1, dy: 1) }

    /// Returns the overlap of two rects (empty, at `self`'s origin clamped, when they don't meet).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        return Rect(
            x: left,
            y: top,
            width: min(maxX, other.maxX) - left,
            height: min(maxY, other.maxY) - top
        )
    }
}
