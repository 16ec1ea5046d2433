import DashboardCore
import GoToAssistAPI

/// The Sessions pane: status, id, customer, expert, times and ticket of each session.
///
/// When narrow (80 columns, or the left side of the wide layout) TICKET goes first, then
/// WAITED, then STARTED and EXPERT, so the columns that remain keep readable names.
enum SessionsPaneView {
    /// The columns, matching `SessionRow.columns` and `displayCells(now:time:)`.
    static let columns: [PaneColumn] = {
        let names = SessionRow.columns
        return [
            PaneColumn(names[0], minWidth: 11, maxWidth: 13, plannedWidth: 11),
            PaneColumn(names[1], minWidth: 7, maxWidth: 14, plannedWidth: 9),
            PaneColumn(names[2], minWidth: 4, isFlexible: true, plannedWidth: 12),
            PaneColumn(names[3], minWidth: 4, isFlexible: true, plannedWidth: 12, dropRank: 4),
            PaneColumn(names[4], minWidth: 8, maxWidth: 11, plannedWidth: 8, dropRank: 3),
            PaneColumn(names[5], minWidth: 6, maxWidth: 7, alignment: .right, plannedWidth: 6, dropRank: 2),
            PaneColumn(names[6], minWidth: 8, maxWidth: 9, alignment: .right, plannedWidth: 8),
            PaneColumn(names[7], minWidth: 6, maxWidth: 20, plannedWidth: 10, dropRank: 1),
        ]
    }()

    /// Draws the pane open in `box`; returns the cursor position of its selected row if focused.
    static func draw(in box: Rect, isFocused: Bool, context: RenderContext, into grid: inout Grid)
        -> (x: Int, y: Int)?
    {
        let table = context.state.sessions.table
        let highlighted = context.state.sessions.highlightedKey
        return TablePaneView.draw(
            pane(context), table: table, in: box, isFocused: isFocused, context: context, into: &grid
        ) { row in
            let isNew = row.key == highlighted
            var cells = row.displayCells(now: context.now, time: context.time).map {
                Span($0, isNew ? .marked : .textPrimary)
            }
            cells[0] = Span(context.symbols.mark(for: row.status) + " " + row.statusWord, role(for: row.status))
            if isNew { cells[1].text = newMark(context.symbols) + cells[1].text }
            return cells
        }
    }

    /// The prefix of the session just started from the dashboard: the row keeps it (and the
    /// `marked` role) after the selection moves on, so the technician can find it again.
    static func newMark(_ symbols: Symbols) -> String {
        symbols.isUTF8 ? "★ " : "> "
    }

    /// The heading of the pane, also used by its collapsed bar.
    static func heading(_ context: RenderContext) -> PaneHeading {
        let sessions = context.state.sessions
        return PaneHeading(
            pane: .sessions, count: count(sessions.table), filter: sessions.table.filter,
            refresh: sessions.refresh, context: context)
    }

    /// The theme role of a status: `status.waiting`, `status.active`, …
    static func role(for status: SessionStatus) -> ThemeRole {
        switch status {
        case .waiting: .statusWaiting
        case .active: .statusActive
        case .notStarted: .statusNotStarted
        case .complete: .statusComplete
        case .abandoned: .statusAbandoned
        case .other: .textPrimary
        }
    }

    /// `120`, or `42/120` when a filter hides some rows.
    static func count<Row>(_ table: TableState<Row>) -> String {
        table.filter.isEmpty ? "\(table.items.count)" : "\(table.rows.count)/\(table.items.count)"
    }

    private static func pane(_ context: RenderContext) -> TablePane {
        let sessions = context.state.sessions
        return TablePane(
            id: .sessions, columns: columns, heading: heading(context),
            sortColumn: sessions.table.sortColumn, sortDescending: sessions.table.sortDescending,
            emptyBody: TablePane.emptyBody(
                sessions.table, refresh: sessions.refresh,
                whenEmpty: "no sessions in the last \(context.state.window.rawValue)",
                symbols: context.symbols))
    }
}

extension SessionsPaneView {
    /// This pane in `PaneViews`.
    static let view = PaneView(draw: { draw(in: $0, isFocused: $1, context: $2, into: &$3) }, heading: heading, detailFooter: { key, width, context in DetailOverlayView.transcriptFooter(key, width: width, context: context) })
}
