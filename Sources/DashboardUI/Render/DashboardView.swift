import DashboardCore

/// Draws the whole dashboard for a state: a pure function from state to ``Grid``.
///
/// No I/O, no clock, no locale: the same state, theme, keymap, capabilities and time zone always
/// give the same grid, so every frame can be asserted as text in tests. The run loop calls it
/// after each state change and hands the grid to the terminal.
public enum DashboardView {
    /// Renders `state` into a grid of `state.width` × `state.height` cells.
    ///
    /// - Parameters:
    ///   - theme: the theme by role; it is mapped to `capabilities.colorDepth` here.
    ///   - keymap: the live bindings, for the hints and the help overlay.
    ///   - capabilities: colour depth, and whether to draw Unicode or ASCII glyphs.
    ///   - time: how wall-clock times are written; the process's local zone unless a test pins one.
    /// - Returns: the frame, with `cursor` on the selected row of the focused pane (or on the
    ///   input being typed), where screen readers and braille displays expect it.
    public static func render(
        _ state: DashboardState, theme: Theme, keymap: KeyMap, capabilities: TerminalCapabilities,
        time: TimeText = .local
    ) -> Grid {
        let context = RenderContext(
            state: state, theme: theme.degraded(to: capabilities.colorDepth),
            symbols: Symbols(utf8: capabilities.isUTF8), keymap: keymap, time: time)
        var grid = Grid(width: state.width, height: state.height, style: context.style(.textPrimary))
        let layout = ScreenLayout(state: state)
        if case .tooSmall(let needWidth, let needHeight) = layout.mode {
            TooSmallView.draw(needWidth: needWidth, needHeight: needHeight, context: context, into: &grid)
            return grid
        }
        HeaderView.draw(in: layout.header, context: context, into: &grid)
        var cursor: (x: Int, y: Int)?
        for pane in PaneRegistry.ids {
            let isFocused = pane == state.focus
            switch layout.frame(for: pane) {
            case .open(let box):
                let selected = PaneViews.view(for: pane).draw(box, isFocused, context, &grid)
                if isFocused { cursor = selected }
            case .bar(let rect):
                PaneBarView.draw(PaneViews.view(for: pane).heading(context), in: rect, context: context, into: &grid)
            case .hidden:
                break
            }
        }
        if let overlay = state.overlay {
            cursor = OverlayView.draw(overlay, in: layout.overlay, context: context, into: &grid)
        }
        // The top dialog takes the keys, so it is drawn last, over panes and overlays.
        if let modal = state.modals.last {
            cursor = DialogView.draw(modal, in: layout.body, context: context, into: &grid)
        }
        if let input = StatusBarView.draw(in: layout.statusBar, context: context, into: &grid) {
            cursor = input
        }
        grid.cursor = cursor
        return grid
    }

    /// Returns the largest scroll value that shows something new in the open overlay, or 0.
    ///
    /// The reducer's overlay scrolling has no end of its own; clamping with this keeps "up" from
    /// having to climb back from past the end, and lets "bottom" jump to the last page (the
    /// newest messages in the log).
    public static func overlayMaxScroll(_ state: DashboardState, keymap: KeyMap) -> Int {
        guard let overlay = state.overlay else { return 0 }
        let context = RenderContext(
            state: state, theme: .defaultDark, symbols: Symbols(utf8: true), keymap: keymap, time: .local)
        return OverlayView.maxScroll(overlay, in: ScreenLayout(state: state).overlay, context: context)
    }
}
