import DashboardCore
import Foundation
import GoToAssistAPI
import Testing

@testable import DashboardUI

/// An open dialog takes the keys before the command line, the filter and the keymap.
struct KeyRouterDialogTests {
    static func state(_ modals: Modal...) -> DashboardState {
        var state = DashboardState(settings: DashboardSettings(), now: Date())
        state.modals = modals
        return state
    }

    static func route(_ key: Key, _ state: DashboardState, keymap: KeyMap = .standard) -> DashboardAction? {
        KeyRouter.action(for: key, state: state, keymap: keymap)
    }

    static func form(focus: Int = 1, value: String = "al") -> FormState {
        var form = FormState.startSession()
        form.focus = focus
        form.fields[focus].value = value
        return form
    }

    // MARK: - New commands

    @Test func newSessionAndTicketAreRemappableCommands() {
        let s = Self.state()
        #expect(Self.route(.character("n"), s) == .dialog(.newSessionKeyPressed))
        #expect(Self.route(.character("t"), s) == .dialog(.ticketKeyPressed))
        #expect(KeyCommand(rawValue: "new-session") == .newSession)
        #expect(KeyCommand(rawValue: "ticket") == .ticket)
        #expect(KeyCommand.newSession.isWrite && KeyCommand.ticket.isWrite)
        #expect(KeyCommand.allCases.filter(\.isWrite) == [.newSession, .ticket, .transcode])
        var keymap = KeyMap.standard
        keymap.rebind(.newSession, to: [.function(2)])
        #expect(Self.route(.function(2), s, keymap: keymap) == .dialog(.newSessionKeyPressed))
        #expect(Self.route(.character("n"), s, keymap: keymap) == nil)
    }

    // MARK: - Form

    @Test func formKeysEditTheFocusedFieldAndMoveBetweenFields() {
        let s = Self.state(.form(Self.form()))
        #expect(Self.route(.character("i"), s) == .dialog(.textEdited(.insert("i"))))
        #expect(Self.route(.character("é"), s) == .dialog(.textEdited(.insert("é"))))
        // Letters are text in a form, never pane commands.
        #expect(Self.route(.character("q"), s) == .dialog(.textEdited(.insert("q"))))
        #expect(Self.route(.character("n"), s) == .dialog(.textEdited(.insert("n"))))
        #expect(Self.route(.character(":"), s) == .dialog(.textEdited(.insert(":"))))
        #expect(Self.route(.backspace, s) == .dialog(.textEdited(.deleteBackward)))
        #expect(Self.route(.ctrl("h"), s) == .dialog(.textEdited(.deleteBackward)))
        #expect(Self.route(.ctrl("u"), s) == .dialog(.textEdited(.clear)))
        #expect(Self.route(.enter, s) == .dialog(.submitted))
        #expect(Self.route(.tab, s) == .dialog(.focusMoved(forward: true)))
        #expect(Self.route(.down, s) == .dialog(.focusMoved(forward: true)))
        #expect(Self.route(.backTab, s) == .dialog(.focusMoved(forward: false)))
        #expect(Self.route(.up, s) == .dialog(.focusMoved(forward: false)))
        #expect(Self.route(.escape, s) == .dialog(.escapePressed))
        #expect(Self.route(.function(5), s) == nil)
        #expect(Self.route(.ctrl("c"), s) == .app(.quitPressed))
        // Backspace in an empty field is an edit that changes nothing (the line editor decides).
        #expect(Self.route(.backspace, Self.state(.form(Self.form(value: "")))) == .dialog(.textEdited(.deleteBackward)))
    }

    @Test func theDialogWinsOverTheCommandLineAndTheFilter() {
        var s = Self.state(.form(Self.form()))
        s.commandLine.isActive = true
        s.commandLine.line = LineEditor("the")
        s.sessions.table.isEditingFilter = true
        #expect(Self.route(.character("x"), s) == .dialog(.textEdited(.insert("x"))))
        #expect(Self.route(.enter, s) == .dialog(.submitted))
    }

    // MARK: - Confirmation and launch URL

    @Test func confirmationTakesYesOrNo() {
        let write = WriteRequest.startSession(StartSessionRequest(customerName: "Alice"))
        let s = Self.state(.form(Self.form()), .confirm(ConfirmState(write: write)))
        for key: Key in [.character("y"), .character("Y"), .enter] {
            #expect(Self.route(key, s) == .dialog(.confirmAnswered(accepted: true)), "\(key)")
        }
        for key: Key in [.character("n"), .character("N"), .escape] {
            #expect(Self.route(key, s) == .dialog(.confirmAnswered(accepted: false)), "\(key)")
        }
        for key: Key in [.character("q"), .character("x"), .tab, .character(" ")] {
            #expect(Self.route(key, s) == nil, "\(key)")
        }
    }

    @Test func launchURLCopiesOpensAndCloses() {
        let s = Self.state(.launchURL(LaunchURLState(title: "Session started", url: "https://example.com/j/1")))
        #expect(Self.route(.character("y"), s) == .dialog(.copyKeyPressed))
        #expect(Self.route(.character("o"), s) == .dialog(.openKeyPressed))
        for key: Key in [.escape, .enter, .character("q")] { #expect(Self.route(key, s) == .dialog(.escapePressed), "\(key)") }
        #expect(Self.route(.character("n"), s) == nil)
        #expect(Self.route(.character("?"), s) == nil)
    }

    // MARK: - Lists

    @Test func ticketPanelMovesPagesSearchesAndCreates() {
        var panel = TicketPanelState(sessionId: "4711", domain: "desk.example")
        panel.queryLine = LineEditor("print")
        let s = Self.state(.tickets(panel))
        #expect(Self.route(.character("j"), s) == .dialog(.moved(.down)))
        #expect(Self.route(.down, s) == .dialog(.moved(.down)))
        #expect(Self.route(.character("k"), s) == .dialog(.moved(.up)))
        #expect(Self.route(.up, s) == .dialog(.moved(.up)))
        #expect(Self.route(.character("g"), s) == .dialog(.moved(.top)))
        #expect(Self.route(.character("G"), s) == .dialog(.moved(.bottom)))
        #expect(Self.route(.enter, s) == .dialog(.submitted))
        #expect(Self.route(.character("c"), s) == .dialog(.createTicketKeyPressed))
        #expect(Self.route(.character("/"), s) == .dialog(.searchKeyPressed))
        for key: Key in [.pageDown, .right, .character("]")] {
            #expect(Self.route(key, s) == .dialog(.pageTurned(forward: true)), "\(key)")
        }
        for key: Key in [.pageUp, .left, .character("[")] {
            #expect(Self.route(key, s) == .dialog(.pageTurned(forward: false)), "\(key)")
        }
        for key: Key in [.escape, .character("q")] { #expect(Self.route(key, s) == .dialog(.escapePressed), "\(key)") }
        #expect(Self.route(.character("t"), s) == nil)
        #expect(Self.route(.character("n"), s) == nil)
    }

    @Test func editingTheTicketQueryMakesKeysText() {
        var panel = TicketPanelState(sessionId: "4711", domain: "desk.example")
        panel.queryLine = LineEditor("print")
        panel.isEditingQuery = true
        let s = Self.state(.tickets(panel))
        #expect(Self.route(.character("e"), s) == .dialog(.textEdited(.insert("e"))))
        #expect(Self.route(.character("q"), s) == .dialog(.textEdited(.insert("q"))))
        #expect(Self.route(.character("c"), s) == .dialog(.textEdited(.insert("c"))))
        #expect(Self.route(.character("j"), s) == .dialog(.textEdited(.insert("j"))))
        #expect(Self.route(.backspace, s) == .dialog(.textEdited(.deleteBackward)))
        #expect(Self.route(.ctrl("u"), s) == .dialog(.textEdited(.clear)))
        #expect(Self.route(.enter, s) == .dialog(.submitted))
        #expect(Self.route(.escape, s) == .dialog(.escapePressed))
        #expect(Self.route(.up, s) == .dialog(.moved(.up)))
        #expect(Self.route(.down, s) == .dialog(.moved(.down)))
    }

    @Test func linksPanelMovesAndRegisters() {
        let s = Self.state(.links(LinksPanelState(domain: "desk.example")))
        #expect(Self.route(.character("j"), s) == .dialog(.moved(.down)))
        #expect(Self.route(.up, s) == .dialog(.moved(.up)))
        #expect(Self.route(.character("a"), s) == .dialog(.addLinkKeyPressed))
        #expect(Self.route(.character("r"), s) == nil)
        #expect(Self.route(.enter, s) == nil)
        for key: Key in [.escape, .character("q")] { #expect(Self.route(key, s) == .dialog(.escapePressed), "\(key)") }
    }

    @Test func machinesPanelMovesAndStartsASession() {
        let s = Self.state(.machines(MachinesPanelState(companyId: "1001", companyName: "Acme")))
        #expect(Self.route(.character("k"), s) == .dialog(.moved(.up)))
        #expect(Self.route(.down, s) == .dialog(.moved(.down)))
        #expect(Self.route(.character("n"), s) == .dialog(.newSessionKeyPressed))
        #expect(Self.route(.enter, s) == .dialog(.submitted))
        #expect(Self.route(.character("t"), s) == nil)
        for key: Key in [.escape, .character("q")] { #expect(Self.route(key, s) == .dialog(.escapePressed), "\(key)") }
    }

    @Test func onlyTheTopDialogTakesKeys() {
        let panel = TicketPanelState(sessionId: "4711", domain: "desk.example")
        let form = FormState.createTicket(sessionId: "4711", link: SystemLink(systemName: "Desk", systemDomain: "desk.example"))
        let s = Self.state(.tickets(panel), .form(form))
        #expect(Self.route(.character("c"), s) == .dialog(.textEdited(.insert("c"))))
        #expect(Self.route(.character("q"), s) == .dialog(.textEdited(.insert("q"))))
    }
}
