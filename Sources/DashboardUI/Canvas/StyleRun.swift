/// A horizontal run of cells in one row of a ``Grid`` that share a style.
public struct StyleRun: Hashable, Sendable {
    /// The columns the run covers, including continuation cells of wide characters.
    public var columns: Range<Int>
    /// The style all cells of the run share.
    public var style: Style
    /// The run's text, continuation cells skipped.
    public var text: String

    /// Creates a run.
    public init(columns: Range<Int>, style: Style, text: String) {
        self.columns = columns
        self.style = style
        self.text = text
    }
}
