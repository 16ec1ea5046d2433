import Foundation

/// What a pane says about itself, once: the generic pane does the rest.
///
/// The closures give the generic pane feature access to the pane's table and freshness inside
/// `DashboardState`, and hook the pane's own behaviour (its fetch, a server-side search, what
/// Enter does) into the common flow.
public struct PaneDescriptor: Sendable {
    public let id: PaneID
    public let title: String
    /// Column names, in display order (the `s` sort cycles through them).
    public let columns: [String]
    /// The pane's own key commands, beyond the common ones, for its hints and the help.
    public let commands: [KeyCommand]
    /// The last digit of the seconds at which its "updated" label may step (see `TickSlots`).
    public let tickSlot: Int
    /// Rows under the table for the pane's footer (totals, search, owner).
    public let footerRows: Int
    /// The automatic refresh interval, from the settings.
    public let interval: @Sendable (DashboardSettings) -> Double
    /// The table, for the generic pane and the views.
    public let table: @Sendable (DashboardState) -> any PaneTable
    /// Applies a change to the table.
    let updateTable: @Sendable (inout DashboardState, PaneTableChange) -> Void
    /// The freshness of the pane's rows.
    public let refresh: WritableKeyPath<DashboardState, RefreshStatus> & Sendable
    /// The pane's own behaviour.
    let hooks: PaneHooks

    /// Describes a pane whose rows are `Row`, stored at `table` and `refresh` in the state.
    init<Row: TableRow>(
        id: PaneID, title: String, columns: [String], commands: [KeyCommand] = [], tickSlot: Int,
        footerRows: Int, interval: @escaping @Sendable (DashboardSettings) -> Double,
        table: WritableKeyPath<DashboardState, TableState<Row>> & Sendable,
        refresh: WritableKeyPath<DashboardState, RefreshStatus> & Sendable, hooks: PaneHooks
    ) {
        self.id = id
        self.title = title
        self.columns = columns
        self.commands = commands
        self.tickSlot = tickSlot
        self.footerRows = footerRows
        self.interval = interval
        self.table = { $0[keyPath: table] }
        self.updateTable = { state, change in change.apply(to: &state[keyPath: table]) }
        self.refresh = refresh
        self.hooks = hooks
    }
}

/// A pane's own behaviour, plugged into the generic pane reducer.
///
/// Only `fetch` is required; every other hook has the generic behaviour as its default.
struct PaneHooks: Sendable {
    typealias Hook = @Sendable (inout DashboardState, DashboardEnvironment) -> Effect<DashboardAction>

    /// Starts a refresh: marks the request in flight and returns the effect that fetches.
    var fetch: Hook
    /// After the `/` filter text changed (Companies: a debounced server search).
    var filterEdited: Hook?
    /// After Enter ended filter editing.
    var filterSubmitted: Hook?
    /// After Esc cleared the filter.
    var filterCleared: Hook?
    /// After `s`/`S` changed the sort (Companies: the server sorts).
    var sorted: Hook?
    /// After the selection moved (Companies: the next page near the end).
    var moved: Hook?
    /// `r`: before the refresh starts (Sessions asks for the whole window again).
    var refreshRequested: (@Sendable (inout DashboardState) -> Void)?
    /// A shorter interval than the settings', for now (Sessions polls faster after a start).
    var fasterInterval: (@Sendable (DashboardState, Date) -> Double?)?
    /// Enter on row `key`: by default the detail overlay opens.
    var opened: (@Sendable (inout DashboardState, String, DashboardEnvironment) -> Effect<DashboardAction>)?
    /// Every field of row `key` for the detail overlay; nil when the row is gone.
    var detail: @Sendable (DashboardState, String, Date, TimeText) -> PaneDetail?
}

/// The detail of one row: a title and its fields as label/value pairs (raw API text).
public struct PaneDetail: Equatable, Sendable {
    public var title: String
    public var fields: [PaneDetailField]

    public init(title: String, fields: [PaneDetailField]) {
        self.title = title
        self.fields = fields
    }
}

/// One `label: value` line of a detail; the value is raw text, sanitized where it is drawn.
public struct PaneDetailField: Equatable, Sendable {
    public var label: String
    public var value: String

    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }
}

extension PaneDescriptor {
    /// The detail of row `key`, if it is still listed.
    public func detail(of key: String, in state: DashboardState, now: Date, time: TimeText) -> PaneDetail? {
        hooks.detail(state, key, now, time)
    }
}
