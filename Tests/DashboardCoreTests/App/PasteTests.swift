import Foundation
import GoToAssistAPI
import Testing
@testable import DashboardCore

/// Bracketed paste: text goes into the input being edited, one line, and never runs commands.
struct PasteTests {
    @Test func aPasteOutsideAnyInputIsIgnoredWithAMessage() {
        var h = ReducerHarness()
        h.send(.app(.textPasted("qn")))
        #expect(!h.state.shouldQuit)
        #expect(h.state.modals.isEmpty)
        #expect(h.state.messages.entries.last?.text.contains("paste ignored") == true)
    }

    @Test func aPasteIntoTheFilterInsertsOneLine() {
        var h = ReducerHarness()
        h.send(h.pane(.filterKeyPressed))
        h.send(h.filterText("ac"))
        h.send(.app(.textPasted("me\r\nCorp\n")))
        #expect(h.state.sessions.table.filter == "acmeCorp")
        #expect(h.state.sessions.table.isEditingFilter)
    }

    @Test func aPasteIntoTheCommandLineIsTextAndEscapesShowAsText() {
        var h = ReducerHarness()
        h.send(.commandLine(.opened))
        h.send(.app(.textPasted("theme \u{1b}]0;x\u{07}")))
        #expect(h.state.commandLine.isActive)
        #expect(h.state.commandLine.text == "theme \\e]0;x\\x07")
    }

    @Test func aPasteIntoAFormFieldGoesToTheFocusedField() {
        var h = ReducerHarness()
        h.send(.dialog(.newSessionKeyPressed))
        h.send(.app(.textPasted("Jane\nDoe")))
        guard case .form(let form) = h.state.modals.last else {
            Issue.record("expected the start-session form")
            return
        }
        #expect(form.fields[form.focus].value == "JaneDoe")
    }

    @Test func aPasteIntoADialogWithoutAFieldIsIgnored() {
        var h = ReducerHarness()
        h.send(.dialog(.newSessionKeyPressed))
        h.send(h.escape)
        h.send(.app(.messageLogKeyPressed))
        h.send(h.escape)
        h.send(.downloads(.panelKeyPressed))
        h.send(.app(.textPasted("xX")))
        #expect(h.state.messages.entries.last?.text.contains("paste ignored") == true)
        #expect(h.state.downloads.recordings.isEmpty)
    }

    @Test func aHugePasteIsCutAndSaysSo() {
        var h = ReducerHarness()
        h.send(h.pane(.filterKeyPressed))
        h.send(.app(.textPasted(String(repeating: "x", count: 5_000))))
        #expect(h.state.sessions.table.filter.count == h.state.sessions.table.filterLine.limit, "the filter holds 200")
        #expect(h.state.messages.entries.contains { $0.text.contains("paste cut") })
    }
}
