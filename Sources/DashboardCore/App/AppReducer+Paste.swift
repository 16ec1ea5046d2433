/// Bracketed paste: pasted text is text, never commands.
///
/// A paste goes into the input being edited (the `/` filter, the `:` line, a form field, the
/// ticket query) through the same line editor as typing, its newlines dropped since every
/// input is one line. Anywhere else it is ignored with a status message: without bracketed
/// paste, pasting `qn` outside a field quit.
extension AppReducer {
    /// The longest paste an input takes; more is cut, and the status bar says so.
    static let pasteLimit = 1_000

    func paste(_ state: inout DashboardState, _ text: String) -> Effect<DashboardAction> {
        let line = String(LineEditor.oneLine(text))
        let edit = LineEdit.insert(String(line.prefix(Self.pasteLimit)))
        if line.count > Self.pasteLimit { environment.post(&state, .warn, "paste cut to \(Self.pasteLimit) characters") }
        if !state.modals.isEmpty {
            guard DialogReducer.hasTextInput(state) else {
                environment.post(&state, .info, "paste ignored: this dialog has no text field")
                return .none
            }
            return DialogReducer(environment: environment).edit(&state, edit)
        }
        if state.commandLine.isActive {
            return CommandLineReducer(environment: environment).reduce(&state, .edited(edit))
        }
        if state.isEditingFilter {
            return PaneReducer(environment: environment).reduce(&state, state.focus, .filterEdited(edit))
        }
        environment.post(&state, .info, "paste ignored: press / or : first to paste into a field")
        return .none
    }
}
