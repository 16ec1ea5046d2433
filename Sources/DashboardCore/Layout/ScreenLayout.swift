import DashboardCore

/// Where the header, panes and status bar go for a terminal size, layout mode and focus.
///
/// One source of truth for geometry: the render draws into these rects, and
/// ``tableHeight(for:state:)`` derives the page size from them, so paging in the reducer and
/// what is on screen can't disagree.
///
/// - `.wide`: Sessions on the left (about 60 % of the width), Companies over Recordings on the
///   right, never narrower than ``minimumSideWidth``.
/// - `.stacked`: panes in number order; each unfocused pane is a one-line bar and the focused one
///   takes every remaining row.
/// - `.tooSmall`: nothing but a message.
public struct ScreenLayout: Equatable, Sendable {
    /// The layout mode for the size.
    public let mode: LayoutMode
    /// The top row: app, profile, counts, clock.
    public let header: Rect
    /// The bottom row: command line, filter input, messages or key hints.
    public let statusBar: Rect
    /// Everything between header and status bar.
    public let body: Rect
    private let frames: [PaneID: PaneFrame]

    /// The side column of the wide layout is never narrower, so company names stay readable.
    public static let minimumSideWidth = 40

    /// Computes the layout of a `width` × `height` screen with `focus` focused.
    public init(width: Int, height: Int, focus: PaneID) {
        let width = max(0, width)
        let height = max(0, height)
        mode = LayoutMode(width: width, height: height)
        header = Rect(x: 0, y: 0, width: width, height: min(1, height))
        statusBar = Rect(x: 0, y: max(0, height - 1), width: width, height: height > 1 ? 1 : 0)
        body = Rect(x: 0, y: 1, width: width, height: height - 2)
        switch mode {
        case .tooSmall:
            frames = [:]
        case .wide:
            frames = Self.wideFrames(body)
        case .stacked:
            frames = Self.stackedFrames(body, focus: focus)
        }
    }

    /// Computes the layout for the state's size and focus.
    public init(state: DashboardState) {
        self.init(width: state.width, height: state.height, focus: state.focus)
    }

    /// Lines an overlay scrolls by with PgUp/PgDn: the rows inside its box.
    public var overlayPageSize: Int { max(1, overlay.height - 2) }

    /// Where `pane` goes.
    public func frame(for pane: PaneID) -> PaneFrame {
        frames[pane] ?? .hidden
    }

    /// The box of overlays (detail, help, message log): about 80 % of the body, centred.
    public var overlay: Rect {
        let width = min(body.width, max(40, body.width * 4 / 5))
        let height = min(body.height, max(10, body.height * 4 / 5))
        return Rect(
            x: body.x + (body.width - width) / 2, y: body.y + (body.height - height) / 2,
            width: width, height: height)
    }

    // MARK: - Tables

    /// Returns how many data rows `pane` shows on a `width` × `height` screen.
    ///
    /// The reducer sets `TableState.pageSize` from this and the render draws that many rows, so
    /// paging and the screen cannot disagree. A pane collapsed to a bar in the stacked layout
    /// answers the rows it will show once focused (all panes get the same space there), so its
    /// selection is already in view when it opens. Zero when the screen is too small.
    public static func tableHeight(for pane: PaneID, width: Int, height: Int) -> Int {
        let layout = ScreenLayout(width: width, height: height, focus: pane)
        guard case .open(let rect) = layout.frame(for: pane) else { return 0 }
        return max(0, tableArea(of: rect).height - 1 - footerRows(for: pane))
    }

    /// The same for the state's size.
    public static func tableHeight(for pane: PaneID, state: DashboardState) -> Int {
        tableHeight(for: pane, width: state.width, height: state.height)
    }

    /// The area inside a pane's box where the table goes: one blank column on each side.
    public static func tableArea(of box: Rect) -> Rect {
        box.inner.insetBy(dx: 1, dy: 0)
    }

    /// Rows under the table for the pane's footer (totals, search, owner).
    public static func footerRows(for pane: PaneID) -> Int {
        PaneRegistry.descriptor(pane).footerRows
    }

    // MARK: - Modes

    /// The first pane takes the left (about 60 %); the others share the side column, top down.
    private static func wideFrames(_ body: Rect) -> [PaneID: PaneFrame] {
        let side = max(minimumSideWidth, body.width * 38 / 100)
        let main = body.width - side
        let ids = PaneRegistry.ids
        var frames: [PaneID: PaneFrame] = [:]
        guard let first = ids.first else { return frames }
        frames[first] = .open(Rect(x: body.x, y: body.y, width: main, height: body.height))
        let rest = Array(ids.dropFirst())
        var y = body.y
        for (index, pane) in rest.enumerated() {
            let bottom = body.y + body.height * (index + 1) / max(1, rest.count)
            frames[pane] = .open(Rect(x: body.x + main, y: y, width: side, height: bottom - y))
            y = bottom
        }
        return frames
    }

    private static func stackedFrames(_ body: Rect, focus: PaneID) -> [PaneID: PaneFrame] {
        let open = body.height - (PaneRegistry.ids.count - 1)
        var frames: [PaneID: PaneFrame] = [:]
        var y = body.y
        for pane in PaneRegistry.ids {
            if pane == focus {
                frames[pane] = .open(Rect(x: body.x, y: y, width: body.width, height: open))
                y += open
            } else {
                frames[pane] = .bar(Rect(x: body.x, y: y, width: body.width, height: 1))
                y += 1
            }
        }
        return frames
    }
}
