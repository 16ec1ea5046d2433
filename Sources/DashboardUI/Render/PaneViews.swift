import DashboardCore

/// How one pane draws: its open box, its heading (also its collapsed bar), and what its detail
/// shows below the fields.
struct PaneView: Sendable {
    /// Draws the pane open in `box`; returns the cursor position of its selected row if focused.
    var draw: @Sendable (_ box: Rect, _ isFocused: Bool, _ context: RenderContext, _ grid: inout Grid) -> (x: Int, y: Int)?
    var heading: @Sendable (RenderContext) -> PaneHeading
    /// Lines below the detail's fields of row `key` (the Sessions transcript), if any.
    var detailFooter: (@Sendable (_ key: String, _ width: Int, _ context: RenderContext) -> [[Span]])? = nil
}

/// The view of every pane in `PaneRegistry`; adding a pane adds its view here.
enum PaneViews {
    static let all: [PaneID: PaneView] = [
        .sessions: SessionsPaneView.view,
        .companies: CompaniesPaneView.view,
        .recordings: RecordingsPaneView.view,
    ]

    static func view(for pane: PaneID) -> PaneView {
        guard let view = all[pane] else { preconditionFailure("pane \(pane) has no view in PaneViews.all") }
        return view
    }
}
