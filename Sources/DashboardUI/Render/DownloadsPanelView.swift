import DashboardCore

/// The downloads panel (`w`): an overall bar with files, bytes, rate and time left, then one
/// line per file with its own bar, the selected one highlighted for `x`.
///
/// Reads the live queue from the state on every frame, so it moves while the downloads run;
/// recording ids come from the API and are sanitized like every other cell.
enum DownloadsPanelView {
    static func content(_ panel: DownloadsPanelState, width: Int, context: RenderContext) -> DialogView.Content {
        let downloads = context.state.downloads
        let symbols = context.symbols
        let hints: [(key: String, label: String)] = [("j/k", "move"), ("x", "cancel file"), ("X", "cancel all"), ("Esc", "close")]
        let rows = downloads.rows
        guard !rows.isEmpty else {
            let text = "no downloads yet: d downloads the selected recording, space marks, D downloads the marked"
            return DialogView.Content(
                title: "Downloads", lines: DialogView.wrapped([Span(text, .textFaint)], width: width), hints: hints)
        }
        let totals = downloads.totals
        var lines: [DialogView.Line] = []
        let label = "Overall "
        let percent = totals.fraction.map { " \(Int(($0 * 100).rounded(.down)))%" } ?? ""
        let overall = symbols.bar(totals.fraction, width: max(4, width - label.count - 5))
        lines.append(DialogView.Line([
            Span(label, .formLabel), Span(overall.filled, .statusActive), Span(overall.rest, .textFaint),
            Span(percent, .overlay),
        ]))
        lines.append(DialogView.Line([Span(symbols.plain(DownloadText.summary(totals)), .overlay)]))
        lines.append(DialogView.Line([
            Span("into ", .textFaint), Span(TextSanitizer.sanitize(context.state.settings.downloadDirectory), .overlay),
        ]))
        lines.append(.blank)

        let names = rows.map { name(of: $0) }
        let nameWidth = min(24, names.map(DisplayWidth.width).max() ?? 0)
        let barWidth = max(8, min(30, (width - nameWidth - 4) * 35 / 100))
        let first = lines.count
        for (index, row) in rows.enumerated() {
            let isSelected = index == panel.selected
            let base: ThemeRole = isSelected ? .selection : .overlay
            let shownName = DisplayWidth.pad(names[index], toWidth: nameWidth, ellipsis: symbols.ellipsis)
            var spans = [Span(shownName + "  ", base)]
            spans += line(for: row, in: downloads, barWidth: barWidth, selected: isSelected, symbols: symbols)
            lines.append(DialogView.Line(spans, highlight: isSelected ? .selection : nil))
        }
        let selectedLine = rows.indices.contains(panel.selected) ? first + panel.selected : nil
        let running = downloads.runningCount
        return DialogView.Content(
            title: "Downloads" + (running > 0 ? symbols.dot + "\(running) running" : ""), lines: lines, hints: hints,
            focusLine: selectedLine, cursor: selectedLine.map { ($0, 0) })
    }

    /// `9001.mp4`, or the bare id while its links are fetched.
    private static func name(of row: DownloadsRow) -> String {
        let id = TextSanitizer.sanitize(row.recordingId)
        return row.kind.map { id + "." + $0.fileExtension } ?? id
    }

    /// The bar and the words after it, for a file or a recording without files.
    private static func line(
        for row: DownloadsRow, in downloads: DownloadsState, barWidth: Int, selected: Bool, symbols: Symbols
    ) -> [Span] {
        func role(_ role: ThemeRole) -> ThemeRole { selected ? .selection : role }
        guard let index = downloads.index(of: row.recordingId) else { return [] }
        let recording = downloads.recordings[index]
        guard let kind = row.kind, let fileIndex = recording.fileIndex(kind) else {
            let text: (String, ThemeRole) = switch recording.links {
            case .fetching: (symbols.plain("fetching download links…"), .textFaint)
            case .failed(let message): ("failed: " + TextSanitizer.sanitize(message), .messageError)
            case .cancelled: ("cancelled", .textFaint)
            case .loaded: ("no files", .textFaint)
            }
            return [Span(text.0, role(text.1))]
        }
        let file = recording.files[fileIndex]
        let bar = symbols.bar(file.fraction, width: barWidth)
        let (barRole, textRole): (ThemeRole, ThemeRole) = switch file.status {
        case .done: (.statusComplete, .overlay)
        case .failed: (.messageError, .messageError)
        case .cancelled: (.textFaint, .textFaint)
        case .queued, .waitingForLink: (.statusActive, .textFaint)
        case .downloading: (.statusActive, .overlay)
        }
        // A failure's message is API or system text: sanitized, never "made ASCII" by `plain`.
        let words = if case .failed(let message) = file.status {
            "failed: " + TextSanitizer.sanitize(message)
        } else {
            symbols.plain(DownloadText.file(file))
        }
        return [Span(bar.filled, role(barRole)), Span(bar.rest, role(.textFaint)), Span("  " + words, role(textRole))]
    }
}
