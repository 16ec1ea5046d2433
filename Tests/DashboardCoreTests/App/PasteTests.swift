import Foundation
import GoToAssistAPI
import Testing
@testable import DashboardCore

/// Bracketed paste: text goes into the input being edited, one line, and never runs commands.
/// Proves on a `TestStore` that a paste changes that input (or posts why not) and nothing else.
@MainActor
@Suite struct PasteTests {
    @Test func aPasteOutsideAnyInputIsIgnoredWithAMessage() async {
        let nav = NavSetup()
        await nav.store.send(.app(.textPasted("qn"))) {
            $0.messages.post(.info, "paste ignored: press / or : first to paste into a field", at: nav.start)
        }
        #expect(!nav.store.state.shouldQuit)
        #expect(nav.store.state.modals.isEmpty)
        #expect(nav.store.state.messages.entries.last?.text.contains("paste ignored") == true)
        await nav.store.finish()
    }

    @Test func aPasteIntoTheFilterInsertsOneLine() async {
        let store = NavSetup().store
        await store.send(.pane(.sessions, .filterKeyPressed)) { $0.sessions.table.isEditingFilter = true }
        await store.send(.pane(.sessions, .filterEdited(.insert("ac")))) { $0.sessions.table.editFilter(.insert("ac")) }
        await store.send(.app(.textPasted("me\r\nCorp\n"))) { $0.sessions.table.editFilter(.insert("meCorp")) }
        #expect(store.state.sessions.table.filter == "acmeCorp")
        #expect(store.state.sessions.table.isEditingFilter)
        await store.finish()
    }

    @Test func aPasteIntoTheCommandLineIsTextAndEscapesShowAsText() async {
        let store = NavSetup().store
        await store.send(.commandLine(.opened)) { $0.commandLine.isActive = true }
        await store.send(.app(.textPasted("theme \u{1b}]0;x\u{07}"))) {
            $0.commandLine.line = LineEditor("theme \\e]0;x\\x07", limit: 500)
        }
        #expect(store.state.commandLine.isActive)
        #expect(store.state.commandLine.text == "theme \\e]0;x\\x07")
        await store.finish()
    }

    @Test func aPasteIntoAFormFieldGoesToTheFocusedField() async {
        let store = NavSetup().store
        await store.send(.dialog(.newSessionKeyPressed)) { $0.modals = [.form(.startSession())] }
        await store.send(.app(.textPasted("Jane\nDoe"))) {
            var form = FormState.startSession()
            form.edit(.insert("JaneDoe"))
            $0.modals = [.form(form)]
        }
        guard case .form(let form) = store.state.modals.last else {
            Issue.record("expected the start-session form")
            return
        }
        #expect(form.fields[form.focus].value == "JaneDoe")
        await store.finish()
    }

    @Test func aPasteIntoADialogWithoutAFieldIsIgnored() async {
        let nav = NavSetup()
        let store = nav.store
        await store.send(.dialog(.newSessionKeyPressed)) { $0.modals = [.form(.startSession())] }
        await store.send(.dialog(.escapePressed)) { $0.modals = [] }
        await store.send(.app(.messageLogKeyPressed)) { $0.overlay = .messageLog(scroll: Int.max / 2) }
        await store.send(.app(.escapePressed)) { $0.overlay = nil }
        await store.send(.downloads(.panelKeyPressed)) { $0.modals = [.downloads(DownloadsPanelState())] }
        await store.send(.app(.textPasted("xX"))) {
            $0.messages.post(.info, "paste ignored: this dialog has no text field", at: nav.start)
        }
        #expect(store.state.messages.entries.last?.text.contains("paste ignored") == true)
        #expect(store.state.downloads.recordings.isEmpty)
        await store.finish()
    }

    @Test func aHugePasteIsCutAndSaysSo() async {
        let nav = NavSetup()
        let store = nav.store
        await store.send(.pane(.sessions, .filterKeyPressed)) { $0.sessions.table.isEditingFilter = true }
        await store.send(.app(.textPasted(String(repeating: "x", count: 5_000)))) {
            $0.messages.post(.warn, "paste cut to \(AppReducer.pasteLimit) characters", at: nav.start)
            $0.sessions.table.editFilter(.insert(String(repeating: "x", count: AppReducer.pasteLimit)))
        }
        #expect(store.state.sessions.table.filter.count == store.state.sessions.table.filterLine.limit, "the filter holds 200")
        #expect(store.state.messages.entries.contains { $0.text.contains("paste cut") })
        await store.finish()
    }
}
