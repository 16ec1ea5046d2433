import DashboardCore
import GoToAssistAPI

/// The Recordings pane: id, readiness, start time and size of each recording.
///
/// The footer names whose recordings these are, over what period and with which filter, and
/// warns when the API's 500-id cap was hit unsplit, because then the list is incomplete. A row
/// marked for download starts with `◆` (`*`); a recording asked for shows how its download is
/// going in STATE (`45%`, `downloaded`).
enum RecordingsPaneView {
    /// The columns, matching `RecordingRow.columns` and `displayCells(now:time:)`.
    static let columns: [PaneColumn] = {
        let names = RecordingRow.columns
        return [
            PaneColumn(names[0], minWidth: 8, maxWidth: 24, plannedWidth: 10),
            PaneColumn(names[1], minWidth: 8, maxWidth: 19, plannedWidth: 9, compact: shortReadiness),
            PaneColumn(names[2], minWidth: 8, maxWidth: 11, plannedWidth: 11, dropRank: 2),
            PaneColumn(names[3], minWidth: 6, maxWidth: 10, alignment: .right, plannedWidth: 8, dropRank: 1),
        ]
    }()

    /// Draws the pane open in `box`; returns the cursor position of its selected row if focused.
    static func draw(in box: Rect, isFocused: Bool, context: RenderContext, into grid: inout Grid)
        -> (x: Int, y: Int)?
    {
        let recordings = context.state.recordings
        let downloads = context.state.downloads
        return TablePaneView.draw(
            pane(context), table: recordings.table, in: box, isFocused: isFocused,
            context: context, into: &grid
        ) { row in
            let isMarked = recordings.marked.contains(row.key)
            var cells = row.displayCells(now: context.now, time: context.time).map {
                Span($0, isMarked ? .marked : .textPrimary)
            }
            if isMarked { cells[0].text = context.symbols.marked + cells[0].text }
            if row.readiness == .transcode, recordings.transcoding.contains(row.key) {
                cells[1] = Span("transcoding", .statusWaiting)
            }
            if let job = downloads.index(of: row.key).map({ downloads.recordings[$0] }),
                let text = DownloadText.recordingState(job)
            {
                cells[1] = Span(context.symbols.download + " " + text, text == "failed" ? .messageError : .statusActive)
            }
            return cells
        }
    }

    /// The heading of the pane, also used by its collapsed bar.
    static func heading(_ context: RenderContext) -> PaneHeading {
        let recordings = context.state.recordings
        return PaneHeading(
            pane: .recordings, count: SessionsPaneView.count(recordings.table),
            filter: recordings.table.filter, refresh: recordings.refresh, context: context)
    }

    /// `download` or `transcode`, for when `ready for download` doesn't fit.
    @Sendable static func shortReadiness(_ text: String) -> String {
        switch text {
        case RecordingRow.Readiness.download.rawValue: "download"
        case RecordingRow.Readiness.transcode.rawValue: "transcode"
        default: text
        }
    }

    private static func pane(_ context: RenderContext) -> TablePane {
        let recordings = context.state.recordings
        return TablePane(
            id: .recordings, columns: columns, heading: heading(context),
            sortColumn: recordings.table.sortColumn, sortDescending: recordings.table.sortDescending,
            emptyBody: TablePane.emptyBody(
                recordings.table, refresh: recordings.refresh,
                whenEmpty: "no recordings", symbols: context.symbols),
            footer: footer(recordings, symbols: context.symbols))
    }

    /// `account 4503… · last 30 days · unattended · archived · 3 marked`, led by the cap
    /// warning when the list is incomplete; `split into 4 queries` when the cap was worked around.
    private static func footer(_ recordings: RecordingsState, symbols: Symbols) -> [Span] {
        var spans: [Span] = []
        if recordings.capped {
            spans.append(Span("\(RecordingList.listCap)-id cap reached: narrow the range", .messageWarn))
            spans.append(Span(symbols.dot, .textFaint))
        }
        var parts = [owner(recordings.filter.owner ?? recordings.owner), symbols.plain(recordings.filter.periodText)]
        parts += recordings.filter.extraParts
        if recordings.splits > 0 { parts.append("split into \(recordings.splits) queries") }
        spans.append(Span(parts.joined(separator: symbols.dot), .textFaint))
        if !recordings.marked.isEmpty {
            spans.append(Span(symbols.dot, .textFaint))
            spans.append(Span("\(recordings.marked.count) marked", .marked))
        }
        return spans
    }

    private static func owner(_ owner: RecordingQuery.Owner?) -> String {
        switch owner {
        case .accountKey(let key): "account " + TextSanitizer.sanitize(key)
        case .userKey(let key): "user " + TextSanitizer.sanitize(key)
        case .companyId(let id): "company " + TextSanitizer.sanitize(id)
        case nil: "account not known yet"
        }
    }
}

extension RecordingsPaneView {
    /// This pane in `PaneViews`.
    static let view = PaneView(draw: { draw(in: $0, isFocused: $1, context: $2, into: &$3) }, heading: heading)
}
