import Foundation

/// What the generic pane reads from a table, whatever its rows.
public protocol PaneTable: Sendable {
    var filter: String { get }
    var filterLine: LineEditor { get }
    var isEditingFilter: Bool { get }
    var selectedKey: String? { get }
    var selectedIndex: Int? { get }
    var pageSize: Int { get }
    var scrollOffset: Int { get }
    var sortColumn: Int? { get }
    var sortDescending: Bool { get }
}

extension TableState: PaneTable {}

/// A change the generic pane makes to a table, whatever its rows.
enum PaneTableChange: Equatable, Sendable {
    case editFilter(LineEdit)
    case setFilter(String)
    case editing(Bool)
    case move(TableMovement, Date)
    case sortNext(columnCount: Int)
    case sortReverse(columnCount: Int)
    case pageSize(Int)
    case settle(Date)

    func apply<Row>(to table: inout TableState<Row>) {
        switch self {
        case .editFilter(let edit): table.editFilter(edit)
        case .setFilter(let text): table.setFilter(text)
        case .editing(let editing): table.isEditingFilter = editing
        case .move(let movement, let now): table.move(movement, now: now)
        case .sortNext(let count): table.sortByNextColumn(columnCount: count)
        case .sortReverse(let count): table.reverseSort(columnCount: count)
        case .pageSize(let size): table.setPageSize(size)
        case .settle(let now): table.settle(now: now)
        }
    }
}
