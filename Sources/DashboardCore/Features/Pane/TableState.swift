import Foundation

/// A row any list pane can show: a stable key, sanitized cells, and sort keys per column.
public protocol TableRow: Sendable, Equatable {
    /// Identity across refreshes, so the selection follows the row and not the index.
    var key: String { get }
    /// Display cells, already sanitized, in column order.
    var cells: [String] { get }
    /// A value to sort column `index` by (numbers and dates sort as such, not as text).
    func sortValue(column index: Int) -> SortValue
}

/// A comparable sort key: numbers before text, text case-insensitively.
public enum SortValue: Comparable, Sendable {
    case number(Double)
    case text(String)
    case missing

    public static func < (lhs: SortValue, rhs: SortValue) -> Bool {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): a < b
        case (.text(let a), .text(let b)): a.localizedCaseInsensitiveCompare(b) == .orderedAscending
        case (.number, .text), (.number, .missing), (.text, .missing): true
        default: false
        }
    }
}

/// Selection, scrolling, filter and sort of a list pane, shared by every pane.
///
/// `rows` is what is shown: the items filtered and sorted. Moving the selection records the
/// time so that a refresh arriving while the user is moving keeps the row order (htop's sort
/// timeout) instead of re-sorting rows under the cursor.
public struct TableState<Row: TableRow>: Equatable, Sendable {
    /// Everything the last successful refresh delivered.
    public private(set) var items: [Row] = []
    /// The rows on screen, in screen order.
    public private(set) var rows: [Row] = []
    public private(set) var selectedKey: String?
    /// The first visible row.
    public var scrollOffset = 0
    /// Rows visible in the pane (set by layout), for paging.
    public var pageSize = 10
    /// The `/` filter and its cursor.
    public private(set) var filterLine = LineEditor(limit: 200)
    public var isEditingFilter = false
    /// The column sorted by; nil keeps the server's order.
    public private(set) var sortColumn: Int?
    public private(set) var sortDescending = false
    /// When the user last moved the selection.
    public var lastMove: Date?
    /// A re-sort was held back because the user was moving.
    public private(set) var resortPending = false

    /// How long after the last move a refresh may re-order rows.
    public static var holdOrderSeconds: Double { 2 }

    public init(sortColumn: Int? = nil, sortDescending: Bool = false) {
        self.sortColumn = sortColumn
        self.sortDescending = sortDescending
    }

    /// The `/` filter text.
    public var filter: String { filterLine.text }

    public var selectedIndex: Int? { selectedKey.flatMap { key in rows.firstIndex { $0.key == key } } }
    public var selectedRow: Row? { selectedIndex.map { rows[$0] } }

    // MARK: - Data

    /// Replaces the items; keeps the order on screen if the user moved within the hold time.
    public mutating func setItems(_ newItems: [Row], now: Date) {
        items = newItems
        if let lastMove, now.timeIntervalSince(lastMove) < Self.holdOrderSeconds, !rows.isEmpty {
            let fresh = Dictionary(newItems.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
            var kept = rows.compactMap { fresh[$0.key] }.filter(matchesFilter)
            let shown = Set(kept.map(\.key))
            kept += sorted(newItems.filter { !shown.contains($0.key) && matchesFilter($0) })
            rows = kept
            resortPending = true
        } else {
            rebuild()
        }
        fixSelection()
    }

    /// Applies a held-back re-sort once the user has stopped moving.
    public mutating func settle(now: Date) {
        guard resortPending, lastMove.map({ now.timeIntervalSince($0) >= Self.holdOrderSeconds }) ?? true else { return }
        rebuild()
        fixSelection()
    }

    // MARK: - Movement

    public mutating func move(_ movement: TableMovement, now: Date) {
        guard !rows.isEmpty else { return }
        select(index: movement.target(from: selectedIndex ?? 0, count: rows.count, pageSize: pageSize))
        lastMove = now
    }

    /// Selects a row by key, if it is shown.
    public mutating func select(key: String) {
        guard let index = rows.firstIndex(where: { $0.key == key }) else { return }
        select(index: index)
    }

    private mutating func select(index: Int) {
        selectedKey = rows[index].key
        if index < scrollOffset { scrollOffset = index }
        if index >= scrollOffset + max(1, pageSize) { scrollOffset = index - max(1, pageSize) + 1 }
    }

    /// Keeps the selection on the same key, or the nearest row when that key is gone.
    private mutating func fixSelection() {
        if rows.isEmpty {
            selectedKey = nil
            scrollOffset = 0
            return
        }
        if let index = selectedIndex {
            select(index: index)
        } else {
            select(index: 0)
        }
        scrollOffset = min(scrollOffset, max(0, rows.count - max(1, pageSize)))
    }

    /// Adjusts scrolling after the visible height changed.
    public mutating func setPageSize(_ size: Int) {
        pageSize = max(1, size)
        fixSelection()
    }

    // MARK: - Filter and sort

    public mutating func setFilter(_ text: String) {
        filterLine = LineEditor(text, limit: filterLine.limit)
        rebuild()
        fixSelection()
    }

    /// Edits the filter as typed; the rows follow at once.
    public mutating func editFilter(_ edit: LineEdit) {
        let before = filterLine.text
        filterLine.apply(edit)
        guard filterLine.text != before else { return }
        rebuild()
        fixSelection()
    }

    /// Sorts by the next column, or by `column` when given; the first press sorts ascending.
    public mutating func sortByNextColumn(columnCount: Int) {
        guard columnCount > 0 else { return }
        sortColumn = ((sortColumn ?? -1) + 1) % columnCount
        sortDescending = false
        rebuild()
        fixSelection()
    }

    public mutating func reverseSort(columnCount: Int) {
        if sortColumn == nil, columnCount > 0 { sortColumn = 0 }
        sortDescending.toggle()
        rebuild()
        fixSelection()
    }

    private mutating func rebuild() {
        rows = sorted(items.filter(matchesFilter))
        resortPending = false
    }

    private func matchesFilter(_ row: Row) -> Bool {
        guard !filter.isEmpty else { return true }
        return row.cells.contains { $0.range(of: filter, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
    }

    private func sorted(_ list: [Row]) -> [Row] {
        guard let column = sortColumn else { return list }
        // Stable: ties keep the server's order, so equal rows don't swap on each refresh.
        let indexed = list.enumerated().map { ($0.offset, $0.element, $0.element.sortValue(column: column)) }
        return indexed.sorted { a, b in
            if a.2 == b.2 { return a.0 < b.0 }
            return sortDescending ? b.2 < a.2 : a.2 < b.2
        }.map(\.1)
    }
}
