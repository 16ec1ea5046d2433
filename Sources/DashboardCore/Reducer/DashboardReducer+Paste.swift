/// Bracketed paste: pasted text is text, never commands.
///
/// A paste goes into the input being edited (the `/` filter, the `:` line, a form field, the
/// ticket query), its newlines dropped since every input is one line. Anywhere else it is
/// ignored with a status message: without bracketed paste, pasting `qn` outside a field quit.
extension DashboardReducer {
    /// The longest paste an input takes; more is cut, and the status bar says so.
    static let pasteLimit = 1_000

    func pasted(_ state: inout DashboardState, _ text: String) -> Effect<DashboardAction> {
        let line = TextSanitizer.sanitize(String(text.filter { !$0.isNewline }.prefix(Self.pasteLimit)))
        if line.count < text.filter({ !$0.isNewline }).count {
            post(&state, .warn, "paste cut to \(Self.pasteLimit) characters")
        }
        if let modal = state.modals.last {
            switch modal {
            case .form(let form) where form.fields.indices.contains(form.focus):
                return dialogs(&state, .dialogTextEdited(form.fields[form.focus].value + line))
            case .tickets(let panel) where panel.isEditingQuery:
                return dialogs(&state, .dialogTextEdited(panel.query + line))
            default:
                post(&state, .info, "paste ignored: this dialog has no text field")
                return .none
            }
        }
        if state.commandLine.isActive {
            return commandLine(&state, .commandLineEdited(state.commandLine.text + line))
        }
        if state.isEditingFilter {
            return filterOrSort(&state, .filterEdited(currentFilter(state) + line))
        }
        post(&state, .info, "paste ignored: press / or : first to paste into a field")
        return .none
    }
}
