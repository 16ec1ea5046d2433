import DashboardCore

/// A table column of a pane: its ``TextTable`` column plus what happens when space runs out.
struct PaneColumn: Sendable {
    /// Header, width bounds, alignment and flexibility, as ``TextTable`` lays them out.
    var column: TextTable.Column
    /// The width assumed when deciding which columns fit.
    ///
    /// Deliberately independent of the rows on screen, so the set of columns doesn't change
    /// while the user scrolls.
    var plannedWidth: Int
    /// Columns with a rank are dropped when the pane is too narrow, lowest rank first.
    var dropRank: Int?
    /// A shorter form of a cell (`ready for download` → `download`), used when the full forms
    /// do not fit.
    var compact: (@Sendable (String) -> String)?

    /// Creates a column.
    init(
        _ header: String, minWidth: Int, maxWidth: Int? = nil, alignment: TextAlignment = .left,
        isFlexible: Bool = false, plannedWidth: Int, dropRank: Int? = nil,
        compact: (@Sendable (String) -> String)? = nil
    ) {
        column = TextTable.Column(
            header, minWidth: minWidth, maxWidth: maxWidth, alignment: alignment,
            isFlexible: isFlexible)
        self.plannedWidth = plannedWidth
        self.dropRank = dropRank
        self.compact = compact
    }
}
