import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

@testable import DashboardUI

/// Fixtures for the workflow dialogs: one state per kind of dialog, over the loaded panes.
enum DialogFixtures {
    static let secret = "s3cr3t-Token-42"
    static let link = SystemLink(
        systemName: "Acme Desk", systemDomain: "desk.example", userEmail: "tech@example.com", userToken: secret,
        callbackURL: "https://desk.example/g2a")
    static let url = "https://www.fastsupport.com/sessions/join/"
        + "7a1c9e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a3c5e7b9d2f4a6c8e0b1d3f5a7c9e2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f"
        + "?customer=Alice%20Example&ticket=INC-1001"

    /// The link form after a submit: a bad email, a token typed, the server's refusal on top.
    static func linkForm(focus: Int = 3) -> FormState {
        var form = FormState.registerLink(domain: "desk.example")
        form.fields[0].value = "Acme Desk"
        form.fields[2].value = "tech@"
        form.fields[2].error = "not an email address"
        form.fields[3].value = secret
        form.fields[4].value = "https://desk.example/g2a"
        form.focus = focus
        form.error = "HTTP 400: callbackURL is not reachable"
        return form
    }

    /// Three results: a plain title, a hostile one (screen clear, OSC 52, bell, RLO), CJK.
    static func tickets(selected: Int = 1) -> TicketPanelState {
        var panel = TicketPanelState(sessionId: "4711", domain: "desk.example")
        panel.link = .loaded(link)
        panel.queryLine = LineEditor("printer")
        panel.results = .loaded([
            PartnerTicket(partnerObject: "INC-1", title: "Printer jams every morning"),
            PartnerTicket(partnerObject: "INC-22", title: "\u{1B}[2J\u{1B}]52;c;evil\u{07} \u{202E}gnp.exe"),
            PartnerTicket(partnerObject: "障害-3", title: "プリンター故障"),
        ])
        panel.selected = selected
        return panel
    }

    static func links() -> LinksPanelState {
        var panel = LinksPanelState(domain: "desk.example")
        panel.links = .loaded([
            link,
            SystemLink(
                systemName: "Old Desk", systemDomain: "desk.example", userEmail: "old@example.com",
                userToken: "another-secret", callbackURL: "https://old.example/cb"),
        ])
        return panel
    }

    static func machines() -> MachinesPanelState {
        var panel = MachinesPanelState(companyId: "1001", companyName: "Acme Corp")
        panel.machines = .loaded([
            Machine(
                machineUuid: "m-1", machineName: "PC-42", dnsName: "pc42.acme.local", ipAddresses: ["10.0.0.42"],
                machineStatus: "ONLINE"),
            Machine(
                machineUuid: "m-2", machineName: "受付PC", dnsName: "reception.acme.local",
                ipAddresses: ["10.0.0.7", "fe80::1"], machineStatus: "OFFLINE"),
        ])
        return panel
    }

    static func launch() -> LaunchURLState {
        var launch = LaunchURLState(title: "Session started", url: url, sessionToken: "st-7a1c9e")
        launch.note = "copied to the clipboard (OSC 52)"
        return launch
    }

    static func confirm(sending: Bool = false) -> ConfirmState {
        var confirm = ConfirmState(
            write: .startSession(StartSessionRequest(customerName: "Alice Example", partnerObject: "INC-1001")))
        confirm.isSending = sending
        return confirm
    }

    /// One of each kind of dialog.
    static let everyKind: [Modal] = [
        .form(linkForm()), .form(.startSession()), .confirm(confirm()), .confirm(confirm(sending: true)),
        .launchURL(launch()), .launchURL(LaunchURLState(title: "Start a session in a browser", url: nil)),
        .tickets(tickets()), .tickets(TicketPanelState(sessionId: "4711", domain: "desk.example")),
        .links(links()), .links(LinksPanelState(domain: "desk.example")), .machines(machines()),
    ]

    static func state(_ modals: Modal..., width: Int = 80, height: Int = 24) -> DashboardState {
        var state = RenderFixtures.loaded(width: width, height: height)
        state.modals = modals
        return state
    }
}

extension Grid {
    /// The text of the columns `columns` of row `y`, wide characters counted as two columns.
    func text(columns: Range<Int>, row y: Int) -> String {
        var line = ""
        for x in columns where !self[x: x, y: y].isContinuation { line.append(self[x: x, y: y].character) }
        return line
    }

    /// The rows `rows` cut to `columns`: the picture of a dialog without the panes around it.
    func picture(columns: Range<Int>, rows: ClosedRange<Int>) -> [String] {
        rows.map { text(columns: columns, row: $0) }
    }
}

@Suite struct RenderDialogTests {
    /// The 72-column box of a form at 80×24 sits at x 4; rows depend on its height.
    static let formColumns = 4..<76

    @Test func theStatusBarLeavesOutThePaneHintsWhileADialogIsOpen() {
        let plain = RenderFixtures.render(DialogFixtures.state())
        #expect(plain.lines[23].contains("? help"))
        for modal in DialogFixtures.everyKind {
            let grid = RenderFixtures.render(DialogFixtures.state(modal))
            #expect(!grid.lines[23].contains("? help"), "\(modal)")
        }
    }

    // MARK: - Form

    @Test func formShowsOneLinePerFieldWithErrorsAndMasksTheSecret() {
        let grid = RenderFixtures.render(DialogFixtures.state(.form(DialogFixtures.linkForm())))
        #expect(grid.picture(columns: Self.formColumns, rows: 5...17) == [
            "┌─ Register a partner-system link ─────────────────────────────────────┐",
            "│ HTTP 400: callbackURL is not reachable                               │",
            "│                                                                      │",
            "│ System name   [Acme Desk                                           ] │",
            "│ Domain        [desk.example                                        ] │",
            "│ User email    [tech@                                               ] │",
            "│               not an email address                                   │",
            "│ User token    [•••••••••••••••                                     ] │",
            "│ Callback URL  [https://desk.example/g2a                            ] │",
            "│ Callbacks     [createObject,searchObjects,associateObject          ] │",
            "│                                                                      │",
            "│ Tab next field · Enter submit · Esc cancel                           │",
            "└──────────────────────────────────────────────────────────────────────┘",
        ])
        #expect(!grid.lines.joined().contains(DialogFixtures.secret))
        #expect(!grid.lines.joined().contains("s3cr3t"))
        // The focused field is highlighted across the box, the cursor right after its text.
        let theme = Theme.defaultDark
        #expect(grid.style(of: "User token", row: 12) == theme.style(.selection))
        #expect(grid[x: 36, y: 12].style == theme.style(.inputCursor))
        #expect(grid.cursor?.x == 36 && grid.cursor?.y == 12)
        #expect(grid.style(of: "not an email address", row: 11) == theme.style(.formError).withBackground(of: .overlay))
        #expect(grid.style(of: "HTTP 400", row: 6) == theme.style(.messageError).withBackground(of: .overlay))
        expectSafeFrame(grid)
    }

    @Test func formLooksTheSameAt120x40AndHidesTheSecretWhenNotFocused() {
        let small = RenderFixtures.render(DialogFixtures.state(.form(DialogFixtures.linkForm(focus: 0))))
        let large = RenderFixtures.render(
            DialogFixtures.state(.form(DialogFixtures.linkForm(focus: 0)), width: 120, height: 40))
        // Same 72-column box, centred: x 24 and rows 13...25 at 120×40.
        #expect(large.picture(columns: 24..<96, rows: 13...25) == small.picture(columns: Self.formColumns, rows: 5...17))
        #expect(large.text(columns: 24..<96, row: 20) == "│ User token    [•••••••••••••••                                     ] │")
        #expect(large.cursor?.x == 50 && large.cursor?.y == 16)
        for grid in [small, large] {
            #expect(!grid.lines.joined().contains("s3cr3t"))
            expectSafeFrame(grid)
        }
        let ascii = RenderFixtures.render(
            DialogFixtures.state(.form(DialogFixtures.linkForm())), capabilities: RenderFixtures.ascii)
        #expect(ascii.text(columns: Self.formColumns, row: 12) == "| User token    [***************                                     ] |")
        #expect(!ascii.lines.joined().contains("s3cr3t"))
    }

    @Test func aLongFieldShowsItsEndWhileFocused() {
        var form = FormState.startSession()
        form.fields[3].value = "https://tickets.example/browse/" + String(repeating: "x", count: 60) + "/END"
        form.focus = 3
        let grid = RenderFixtures.render(DialogFixtures.state(.form(form)))
        let line = grid.lines.first { $0.contains("Ticket URL") } ?? ""
        #expect(line.contains("xxxx/END ]"))
        form.focus = 0
        let unfocused = RenderFixtures.render(DialogFixtures.state(.form(form)))
        #expect((unfocused.lines.first { $0.contains("Ticket URL") } ?? "").contains("https://tickets.example/browse/xx"))
        #expect((unfocused.lines.first { $0.contains("Ticket URL") } ?? "").contains("x…]"))
    }

    // MARK: - Confirmation

    @Test func confirmationAsksTheQuestionThenSaysSending() {
        let grid = RenderFixtures.render(DialogFixtures.state(.confirm(DialogFixtures.confirm())))
        #expect(grid.picture(columns: Self.formColumns, rows: 9...14) == [
            "┌─ Confirm ────────────────────────────────────────────────────────────┐",
            "│ Start a screen-sharing session with Alice Example for ticket         │",
            "│ INC-1001?                                                            │",
            "│                                                                      │",
            "│ y confirm · n cancel                                                 │",
            "└──────────────────────────────────────────────────────────────────────┘",
        ])
        let sending = RenderFixtures.render(DialogFixtures.state(.confirm(DialogFixtures.confirm(sending: true))))
        #expect(sending.text(columns: Self.formColumns, row: 13) == "│ sending…                                                             │")
        #expect(!sending.lines.joined().contains("y confirm"))
        expectSafeFrame(sending)
    }

    @Test func onlyTheTopDialogIsDrawn() {
        let grid = RenderFixtures.render(
            DialogFixtures.state(.tickets(DialogFixtures.tickets()), .confirm(DialogFixtures.confirm())))
        let text = grid.lines.joined(separator: "\n")
        #expect(text.contains("Confirm"))
        #expect(!text.contains("Tickets for session"))
    }

    // MARK: - Launch URL

    @Test(arguments: [(80, 24), (120, 40)])
    func launchURLIsWrappedInFull(size: (Int, Int)) {
        let grid = RenderFixtures.render(
            DialogFixtures.state(.launchURL(DialogFixtures.launch()), width: size.0, height: size.1))
        let x = (size.0 - 72) / 2
        let inside = (0..<size.1).map { grid.text(columns: (x + 2)..<(x + 70), row: $0) }
        guard let start = inside.firstIndex(where: { $0.hasPrefix("Launch URL") }) else {
            Issue.record("no launch URL in\n\(grid)")
            return
        }
        let urlLines = inside[(start + 1)...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(urlLines.count == 3)
        #expect(urlLines.map { $0.trimmingCharacters(in: .whitespaces) }.joined() == DialogFixtures.url)
        let text = grid.lines.joined(separator: "\n")
        #expect(text.contains("Session token"))
        #expect(text.contains("st-7a1c9e"))
        #expect(text.contains("copied to the clipboard (OSC 52)"))
        #expect(text.contains("y copy · o open in browser · Esc close"))
        #expect(grid.cursor?.y == start + 1)
        expectSafeFrame(grid)
    }

    @Test func launchURLSaysLoadingUntilItArrives() {
        let grid = RenderFixtures.render(
            DialogFixtures.state(.launchURL(LaunchURLState(title: "Start a session in a browser", url: nil))))
        let text = grid.lines.joined(separator: "\n")
        #expect(text.contains("┌─ Start a session in a browser ─"))
        #expect(text.contains("│ loading… "))
        #expect(text.contains("│ Esc close "))
        #expect(!text.contains("y copy"))
    }

    // MARK: - Tickets

    @Test func ticketPanelShowsHostileTitlesEscapedAndCJKAligned() {
        let grid = RenderFixtures.render(DialogFixtures.state(.tickets(DialogFixtures.tickets())))
        #expect(grid.picture(columns: Self.formColumns, rows: 3...19) == [
            "┌─ Tickets for session 4711 · desk.example ────────────────────────────┐",
            "│ partner system Acme Desk                                             │",
            "│ / printer                                                            │",
            "│                                                                      │",
            "│ ID      TITLE                                                        │",
            "│ INC-1   Printer jams every morning                                   │",
            "│ INC-22  \\e[2J\\e]52;c;evil\\x07 \\u202Egnp.exe                          │",
            "│ 障害-3  プリンター故障                                               │",
            "│                                                                      │",
            "│ page 1                                                               │",
            "│                                                                      │",
            "│                                                                      │",
            "│                                                                      │",
            "│                                                                      │",
            "│                                                                      │",
            "│ Enter attach · c new ticket · / search · [ ] pages · Esc close       │",
            "└──────────────────────────────────────────────────────────────────────┘",
        ])
        // The selected row is a selection bar; the cursor sits at its start.
        #expect(grid.style(of: "INC-22", row: 9) == Theme.defaultDark.style(.selection))
        #expect(grid[x: 5, y: 9].style == Theme.defaultDark.style(.selection))
        #expect(grid.cursor?.x == 6 && grid.cursor?.y == 9)
        // TITLE starts in the same column on every row, whatever the width of the ID.
        for row in 7...10 { #expect(grid.text(columns: 14..<16, row: row) != "  ", "row \(row)") }
        #expect(grid.text(columns: 6..<14, row: 10) == "障害-3  ")
        expectSafeFrame(grid)
    }

    @Test func ticketPanelAt120x40() {
        let grid = RenderFixtures.render(DialogFixtures.state(.tickets(DialogFixtures.tickets()), width: 120, height: 40))
        // 100 columns wide (90 % of 120, at most 100), centred.
        #expect(grid.text(columns: 10..<110, row: 9).hasPrefix("┌─ Tickets for session 4711 · desk.example ─"))
        #expect(grid.text(columns: 10..<110, row: 15).hasPrefix("│ INC-22  \\e[2J\\e]52;c;evil\\x07 \\u202Egnp.exe   "))
        #expect(grid.text(columns: 10..<110, row: 16).hasPrefix("│ 障害-3  プリンター故障   "))
        expectSafeFrame(grid)
    }

    @Test func ticketPanelSaysWhereTheLinkStands() {
        var panel = TicketPanelState(sessionId: "4711", domain: "desk.example")
        var text = RenderFixtures.render(DialogFixtures.state(.tickets(panel))).lines.joined(separator: "\n")
        #expect(text.contains("│ looking up the partner-system link for desk.example… "))

        panel.link = .loaded(nil)
        text = RenderFixtures.render(DialogFixtures.state(.tickets(panel))).lines.joined(separator: "\n")
        #expect(text.contains("│ no link registered for desk.example — register one with :links "))
        #expect(!text.contains("page 1"))

        panel.link = .failed("HTTP 403: \u{1B}[31mforbidden")
        text = RenderFixtures.render(DialogFixtures.state(.tickets(panel))).lines.joined(separator: "\n")
        #expect(text.contains("│ HTTP 403: \\e[31mforbidden "))

        panel.link = .loaded(DialogFixtures.link)
        panel.results = .loading
        text = RenderFixtures.render(DialogFixtures.state(.tickets(panel))).lines.joined(separator: "\n")
        #expect(text.contains("│ searching… "))

        panel.results = .loaded([])
        panel.queryLine = LineEditor("toner")
        text = RenderFixtures.render(DialogFixtures.state(.tickets(panel))).lines.joined(separator: "\n")
        #expect(text.contains("│ no tickets match \"toner\" "))

        panel.results = .failed("HTTP 502: partner system unavailable")
        panel.offset = 20
        text = RenderFixtures.render(DialogFixtures.state(.tickets(panel))).lines.joined(separator: "\n")
        #expect(text.contains("│ HTTP 502: partner system unavailable "))
        #expect(text.contains("│ page 3 "))
    }

    @Test func editingTheTicketQueryPutsTheCursorThere() {
        var panel = DialogFixtures.tickets()
        panel.isEditingQuery = true
        let grid = RenderFixtures.render(DialogFixtures.state(.tickets(panel)))
        #expect(grid.text(columns: Self.formColumns, row: 5) == "│ / printer                                                            │")
        #expect(grid.cursor?.x == 15 && grid.cursor?.y == 5)
        #expect(grid[x: 15, y: 5].style == Theme.defaultDark.style(.inputCursor))
        // The selection waits, drawn as unfocused, while the query has the keys.
        #expect(grid.style(of: "INC-22", row: 9) == Theme.defaultDark.style(.selectionUnfocused))
        #expect(grid.lines.joined().contains("Enter keep query · Esc stop editing"))
    }

    // MARK: - Links and machines

    @Test func linksShowEveryColumnWithTheTokenMasked() {
        for (width, height) in [(80, 24), (120, 40)] {
            let grid = RenderFixtures.render(DialogFixtures.state(.links(DialogFixtures.links()), width: width, height: height))
            let text = grid.lines.joined(separator: "\n")
            #expect(!text.contains(DialogFixtures.secret))
            #expect(!text.contains("another-secret"))
            #expect(text.contains("Partner-system links · desk.example"))
            #expect(text.contains("a register/replace · Esc close"))
            expectSafeFrame(grid)
        }
        let grid = RenderFixtures.render(DialogFixtures.state(.links(DialogFixtures.links()), width: 120, height: 40))
        #expect(grid.picture(columns: 10..<110, rows: 9...12) == [
            "┌─ Partner-system links · desk.example ────────────────────────────────────────────────────────────┐",
            "│ NAME       DOMAIN        USER EMAIL                  TOKEN     CALLBACK URL                      │",
            "│ Acme Desk  desk.example  tech@example.com            ••••••••  https://desk.example/g2a          │",
            "│ Old Desk   desk.example  old@example.com             ••••••••  https://old.example/cb            │",
        ])
        #expect(grid.style(of: "Acme Desk", row: 11) == Theme.defaultDark.style(.selection))
    }

    @Test func emptyOrFailedListsSaySo() {
        var links = LinksPanelState(domain: "desk.example")
        #expect(RenderFixtures.render(DialogFixtures.state(.links(links))).lines.joined().contains("│ loading… "))
        links.links = .loaded([])
        #expect(RenderFixtures.render(DialogFixtures.state(.links(links))).lines.joined()
            .contains("no link registered for desk.example; a registers one"))
        var machines = MachinesPanelState(companyId: "1001", companyName: "Acme Corp")
        machines.machines = .failed("HTTP 404: company not found")
        #expect(RenderFixtures.render(DialogFixtures.state(.machines(machines))).lines.joined()
            .contains("│ HTTP 404: company not found "))
    }

    @Test func machinesShowStatusColouredByWhetherTheyAreOnline() {
        let grid = RenderFixtures.render(DialogFixtures.state(.machines(DialogFixtures.machines())))
        #expect(grid.picture(columns: Self.formColumns, rows: 3...6) == [
            "┌─ Company 1001 · Acme Corp ───────────────────────────────────────────┐",
            "│ NAME          STATUS   DNS                         IP                │",
            "│ PC-42         ONLINE   pc42.acme.local             10.0.0.42         │",
            "│ 受付PC        OFFLINE  reception.acme.local        10.0.0.7, fe80::1 │",
        ])
        #expect(grid.lines[18].contains("│ n start unattended session · Esc close "))
        let theme = Theme.defaultDark
        var panel = DialogFixtures.machines()
        panel.selected = 1  // so the online row shows its own colour, not the selection's
        let moved = RenderFixtures.render(DialogFixtures.state(.machines(panel)))
        #expect(moved.style(of: "ONLINE", row: 5) == theme.style(.statusActive).withBackground(of: .overlay))
        #expect(grid.style(of: "OFFLINE", row: 6) == theme.style(.textFaint).withBackground(of: .overlay))
        #expect(moved.cursor?.x == 6 && moved.cursor?.y == 6)
        expectSafeFrame(grid)
    }

    // MARK: - Every dialog, every size

    @Test func everyDialogDrawsASafeFrameAtEverySize() {
        for modal in DialogFixtures.everyKind {
            for (width, height) in [(60, 15), (80, 24), (120, 40), (200, 60)] {
                let grid = RenderFixtures.render(DialogFixtures.state(modal, width: width, height: height))
                expectSafeFrame(grid)
                #expect(!grid.lines.joined().contains("s3cr3t"), "secret shown at \(width)×\(height)")
                if let cursor = grid.cursor {
                    #expect(cursor.x >= 0 && cursor.x < width && cursor.y >= 0 && cursor.y < height)
                }
            }
            expectSafeFrame(RenderFixtures.render(DialogFixtures.state(modal), capabilities: RenderFixtures.ascii))
        }
    }

    @Test func aFormTallerThanTheScreenKeepsTheFocusedFieldInView() {
        var form = DialogFixtures.linkForm(focus: 5)
        for index in form.fields.indices { form.fields[index].error = "a message long enough to need a second line when the screen is narrow" }
        let grid = RenderFixtures.render(DialogFixtures.state(.form(form), width: 60, height: 15))
        #expect(grid.lines.contains { $0.contains("Callbacks") })
        #expect(grid.lines.contains { $0.contains("Esc cancel") })
        #expect(grid.cursor.map { grid.text(row: $0.y).contains("Callbacks") } == true)
        expectSafeFrame(grid)
    }

    // MARK: - Help, header, sessions

    @Test func helpListsTheNewCommandsAndTheDialogKeys() {
        var state = RenderFixtures.loaded(width: 120, height: 60)
        state.overlay = .help(scroll: 0)
        let first = RenderFixtures.render(state).lines.joined(separator: "\n")
        #expect(first.contains("  n            start a screen-sharing session (form, then confirmation) "))
        #expect(first.contains("  t            tickets of the selected session: search, attach, create "))
        state.overlay = .help(scroll: 999)
        let last = RenderFixtures.render(state).lines.joined(separator: "\n")
        for line in [
            "  :links              partner-system links for the configured domain",
            "  :browser-link       a launch URL that starts a session in a browser",
            "  :new                start a screen-sharing session ",
            "Dialogs", "  tab/shift-tab  next / previous form field", "  y / n          confirm / cancel",
            "  y              copy a launch URL", "  o              open a launch URL", "  /              search tickets",
            "  c              new ticket", "  [ ]            previous / next page", "  a              register or replace",
            "  n              start an unattended session", "  esc            close the dialog",
        ] {
            #expect(last.contains(line), "\(line)")
        }
        #expect(!last.contains("(read-only)"))
    }

    @Test func helpGreysWriteCommandsInReadOnlyMode() {
        var state = RenderFixtures.loaded(width: 120, height: 60)
        state.settings.readOnly = true
        state.overlay = .help(scroll: 0)
        let grid = RenderFixtures.render(state)
        let text = grid.lines.joined(separator: "\n")
        #expect(text.contains("  n            start a screen-sharing session (form, then confirmation) (read-only) "))
        #expect(text.contains("  t            tickets of the selected session: search, attach, create (read-only) "))
        #expect(!text.contains("refresh now (read-only)"))
        let theme = Theme.defaultDark
        let faint = theme.style(.textFaint).withBackground(of: .overlay)
        let row = grid.lines.firstIndex { $0.contains("(form, then confirmation) (read-only)") }!
        #expect(grid.style(of: "(read-only)", row: row) == faint)
        #expect(grid.style(of: " n ", row: row) == faint)
        let refresh = grid.lines.firstIndex { $0.contains("refresh now") }!
        #expect(grid.style(of: "refresh now", row: refresh) == theme.style(.overlay))
        #expect(grid.style(of: "r/ctrl-r", row: refresh) == theme.style(.overlayKey))

        state.overlay = .help(scroll: 999)
        let last = RenderFixtures.render(state).lines.joined(separator: "\n")
        for line in [
            "  :new                start a screen-sharing session (read-only)", "new ticket for the session (read-only)",
            "register or replace a partner-system link (read-only)",
            "start an unattended session on the selected machine (read-only)",
            "Read-only (--readonly): starting sessions, tickets and links are disabled.",
        ] {
            #expect(last.contains(line), "\(line)")
        }
        #expect(!last.contains("search tickets (read-only)"))
    }

    @Test func headerShowsAReadOnlyBadge() {
        var state = RenderFixtures.loaded()
        #expect(!RenderFixtures.render(state).lines[0].contains("READ-ONLY"))
        state.settings.readOnly = true
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[0].hasPrefix(" g2a-dash · prod   READ-ONLY   ◐ 1 waiting"))
        #expect(grid.style(of: "READ-ONLY", row: 0) == Theme.defaultDark.style(.headerBadge))
        // At the narrowest size the badge outlasts the counts.
        state.width = 60
        #expect(RenderFixtures.render(state).lines[0].contains("READ-ONLY"))
    }

    @Test func theSessionStartedHereStandsOut() {
        var state = RenderFixtures.loaded()
        state.sessions.highlightedKey = RenderFixtures.sessions[3].stableKey
        let grid = RenderFixtures.render(state)
        #expect(grid.lines[6] == "│ ✓ complete     ★ 4700    🎧 Headset Co     Carol       12:05:09       20m00s │")
        #expect(grid.style(of: "★ 4700", row: 6) == Theme.defaultDark.style(.marked))
        #expect(grid.style(of: "complete", row: 6) == Theme.defaultDark.style(.statusComplete))
        // Selected, it keeps its mark inside the selection bar.
        state.sessions.table.select(key: RenderFixtures.sessions[3].stableKey)
        let selected = RenderFixtures.render(state)
        #expect(selected.lines[6].contains("★ 4700"))
        #expect(selected.style(of: "★ 4700", row: 6) == Theme.defaultDark.style(.selection))
        let ascii = RenderFixtures.render(state, capabilities: RenderFixtures.ascii)
        #expect(ascii.lines[6].contains("> 4700"))
    }
}
