import DashboardCore
import GoToAssistAPI

/// The list dialogs: the ticket panel, the partner-system links and a company's machines.
///
/// All three are a few lines of context over a table with a selected row, so they share one
/// table renderer (``table(_:rows:selected:selectionRole:width:context:)``) and one way of
/// saying "loading" and "failed". Cells are sanitized and laid out by display width, so a CJK
/// title lines up and a hostile one shows its escapes instead of acting on the terminal.
enum ListDialogView {
    /// One cell: sanitized text in a role.
    typealias Cell = Span

    // MARK: - Tickets

    static func tickets(_ panel: TicketPanelState, width: Int, context: RenderContext) -> DialogView.Content {
        let symbols = context.symbols
        let domain = TextSanitizer.sanitize(panel.domain)
        let title = "Tickets for session " + TextSanitizer.sanitize(panel.sessionId) + symbols.dot + domain
        let hints: [(key: String, label: String)] = panel.isEditingQuery
            ? [("Enter", "keep query"), ("Esc", "stop editing")]
            : [("Enter", "attach"), ("c", "new ticket"), ("/", "search"), ("[ ]", "pages"), ("Esc", "close")]
        var lines: [DialogView.Line] = []
        switch panel.link {
        case .loading:
            let text = symbols.plain("looking up the partner-system link for ") + domain + symbols.plain("…")
            lines.append(DialogView.Line([Span(text, .textFaint)]))
        case .failed(let message):
            lines += DialogView.wrapped(DialogView.marked(message, .messageError), width: width)
        case .loaded(nil):
            lines += DialogView.wrapped([
                Span("no link registered for " + domain, .messageWarn),
                Span(symbols.plain(" — register one with :links"), .overlay),
            ], width: width)
        case .loaded(let link?):
            lines.append(
                DialogView.Line([Span("partner system ", .formLabel)] + DialogView.marked(link.systemName, .overlay)))
        }
        guard case .loaded(.some) = panel.link else {
            return DialogView.Content(title: title, lines: lines, hints: hints)
        }

        var cursor: (line: Int, column: Int)?
        if panel.isEditingQuery {
            let visible = DisplayWidth.tail(TextSanitizer.sanitize(panel.query), width: max(0, width - 3))
            cursor = (lines.count, 2 + DisplayWidth.width(visible))
            lines.append(DialogView.Line([Span("/ ", .overlayKey), Span(visible, .input), Span(" ", .inputCursor)]))
        } else if panel.query.isEmpty {
            lines.append(DialogView.Line([Span("/ ", .overlayKey), Span("all tickets", .textFaint)]))
        } else {
            lines.append(DialogView.Line([Span("/ ", .overlayKey)] + DialogView.marked(panel.query, .overlay)))
        }
        lines.append(.blank)

        var focusLine: Int?
        switch panel.results {
        case .loading:
            lines.append(DialogView.Line([Span(symbols.plain("searching…"), .textFaint)]))
        case .failed(let message):
            lines += DialogView.wrapped(DialogView.marked(message, .messageError), width: width)
        case .loaded(let tickets) where tickets.isEmpty:
            let text = panel.query.isEmpty
                ? "no tickets" : "no tickets match \"" + TextSanitizer.sanitize(panel.query) + "\""
            lines.append(DialogView.Line([Span(text, .textFaint)]))
        case .loaded(let tickets):
            let columns = [
                TextTable.Column("ID", minWidth: 4, maxWidth: 24),
                TextTable.Column("TITLE", minWidth: 5, isFlexible: true),
            ]
            let rows = tickets.map { ticket in
                [Cell(TextSanitizer.sanitize(ticket.partnerObject), .overlay),
                 Cell(TextSanitizer.sanitize(ticket.title ?? ""), .overlay)]
            }
            let start = lines.count
            lines += table(
                columns, rows: rows, selected: panel.selected,
                selectionRole: panel.isEditingQuery ? .selectionUnfocused : .selection, width: width, context: context)
            focusLine = start + 1 + panel.selected
            if !panel.isEditingQuery, rows.indices.contains(panel.selected) {
                cursor = (start + 1 + panel.selected, 0)
            }
        }
        lines += [.blank, DialogView.Line([Span("page \(panel.offset / PartnerTicketClient.pageSize + 1)", .textFaint)])]
        return DialogView.Content(title: title, lines: lines, hints: hints, focusLine: focusLine, cursor: cursor)
    }

    // MARK: - Links

    static func links(_ panel: LinksPanelState, width: Int, context: RenderContext) -> DialogView.Content {
        let domain = TextSanitizer.sanitize(panel.domain)
        let title = "Partner-system links" + (domain.isEmpty ? "" : context.symbols.dot + domain)
        let columns = [
            TextTable.Column("NAME", minWidth: 4, maxWidth: 24),
            TextTable.Column("DOMAIN", minWidth: 6, maxWidth: 32),
            TextTable.Column("USER EMAIL", minWidth: 10, maxWidth: 32, isFlexible: true),
            TextTable.Column("TOKEN", minWidth: 5, maxWidth: 8),
            TextTable.Column("CALLBACK URL", minWidth: 12, isFlexible: true),
        ]
        let body = loadable(panel.links, width: width, context: context) { links in
            guard !links.isEmpty else {
                return [DialogView.Line([Span("no link registered for " + domain + "; a registers one", .textFaint)])]
            }
            return table(
                columns,
                rows: links.map { link in
                    // SystemLinkRow sanitizes every text and masks the user token.
                    let row = SystemLinkRow(link)
                    return [row.name, row.domain, row.email, row.token, row.callbackURL].map { Cell($0, .overlay) }
                },
                selected: panel.selected, selectionRole: .selection, width: width, context: context)
        }
        return DialogView.Content(
            title: title, lines: body.lines, hints: [("a", "register/replace"), ("Esc", "close")],
            focusLine: body.selectedLine, cursor: body.selectedLine.map { ($0, 0) })
    }

    // MARK: - Machines

    static func machines(_ panel: MachinesPanelState, width: Int, context: RenderContext) -> DialogView.Content {
        let title = "Company " + TextSanitizer.sanitize(panel.companyId) + context.symbols.dot
            + TextSanitizer.sanitize(panel.companyName)
        let columns = [
            TextTable.Column("NAME", minWidth: 6, maxWidth: 32, isFlexible: true),
            TextTable.Column("STATUS", minWidth: 6, maxWidth: 12),
            TextTable.Column("DNS", minWidth: 3, maxWidth: 40, isFlexible: true),
            TextTable.Column("IP", minWidth: 2, maxWidth: 40),
        ]
        let body = loadable(panel.machines, width: width, context: context) { machines in
            guard !machines.isEmpty else {
                return [DialogView.Line([Span("no unattended machines in this company", .textFaint)])]
            }
            return table(
                columns,
                rows: machines.map { machine in
                    [
                        Cell(TextSanitizer.sanitize(machine.machineName ?? machine.machineUuid), .overlay),
                        Cell(
                            TextSanitizer.sanitize(machine.machineStatus ?? "unknown"),
                            machine.isOnline ? .statusActive : .textFaint),
                        Cell(TextSanitizer.sanitize(machine.dnsName ?? ""), .overlay),
                        Cell(TextSanitizer.sanitize(machine.ipAddresses.joined(separator: ", ")), .overlay),
                    ]
                },
                selected: panel.selected, selectionRole: .selection, width: width, context: context)
        }
        return DialogView.Content(
            title: title, lines: body.lines, hints: [("n", "start unattended session"), ("Esc", "close")],
            focusLine: body.selectedLine, cursor: body.selectedLine.map { ($0, 0) })
    }

    // MARK: - Shared

    /// A header line and one line per row, columns fitted to `width` by display width; the
    /// `selected` row is drawn in `selectionRole` across the whole line.
    static func table(
        _ columns: [TextTable.Column], rows: [[Cell]], selected: Int, selectionRole: ThemeRole, width: Int,
        context: RenderContext
    ) -> [DialogView.Line] {
        let table = TextTable(columns: columns, ellipsis: context.symbols.ellipsis)
        let layout = table.layout(rows: rows.map { $0.map(\.text) }, totalWidth: width)
        let header = DialogView.Line([Span(layout.line(for: columns.map(\.header)), .tableHeader)])
        return [header] + rows.enumerated().map { index, row in
            let isSelected = index == selected
            let texts = layout.cells(for: row.map(\.text))
            var spans: [Span] = []
            for (column, text) in texts.enumerated() {
                if column > 0 { spans.append(Span(layout.separator, isSelected ? selectionRole : .overlay)) }
                let role = column < row.count ? row[column].role : .overlay
                spans.append(Span(text, isSelected ? selectionRole : role))
            }
            return DialogView.Line(spans, highlight: isSelected ? selectionRole : nil)
        }
    }

    /// The body of a list that loads: `loading…`, the failure, or the lines `loaded` makes
    /// (a table whose first line is its header), with the line of the selected row.
    private static func loadable<Value>(
        _ value: Loadable<Value>, width: Int, context: RenderContext, loaded: (Value) -> [DialogView.Line]
    ) -> (lines: [DialogView.Line], selectedLine: Int?) {
        switch value {
        case .loading:
            return ([DialogView.Line([Span(context.symbols.plain("loading…"), .textFaint)])], nil)
        case .failed(let message):
            return (DialogView.wrapped(DialogView.marked(message, .messageError), width: width), nil)
        case .loaded(let list):
            let lines = loaded(list)
            let selected = lines.firstIndex { $0.highlight != nil }
            return (lines, selected)
        }
    }
}
