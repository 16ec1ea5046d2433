import Foundation

/// The `:` command line: editing, history, Tab completion, and running what was typed.
struct CommandLineReducer {
    let environment: DashboardEnvironment

    func reduce(_ state: inout DashboardState, _ action: CommandLineAction) -> Effect<DashboardAction> {
        switch action {
        case .opened:
            PaneReducer(environment: environment).stopEditingFilter(&state)
            state.commandLine.isActive = true
            state.commandLine.line = LineEditor(limit: state.commandLine.line.limit)
            state.commandLine.historyIndex = nil
            return .none
        case .edited(let edit):
            state.commandLine.line.apply(edit)
            return .none
        case .historyBrowsed(let older):
            browseHistory(&state.commandLine, older: older)
            return .none
        case .completionRequested:
            complete(&state.commandLine)
            return .none
        case .cancelled:
            close(&state.commandLine)
            return .none
        case .submitted:
            let text = state.commandLine.text.trimmingCharacters(in: .whitespaces)
            close(&state.commandLine)
            guard !text.isEmpty else { return .none }
            if state.commandLine.history.last != text { state.commandLine.history.append(text) }
            if state.commandLine.history.count > CommandLineState.maxHistory { state.commandLine.history.removeFirst() }
            return run(text, &state)
        }
    }

    /// Runs a command line through the command table.
    private func run(_ text: String, _ state: inout DashboardState) -> Effect<DashboardAction> {
        let words = text.split(separator: " ").map(String.init)
        let name = words[0]
        guard let command = DashboardCommand.named(name) else {
            environment.post(&state, .error, "unknown command :\(name.lowercased()) (try :help)")
            return .none
        }
        return command.run(&state, words.dropFirst().joined(separator: " "), environment)
    }

    private func close(_ line: inout CommandLineState) {
        line.isActive = false
        line.line = LineEditor(limit: line.line.limit)
        line.historyIndex = nil
    }

    private func browseHistory(_ line: inout CommandLineState, older: Bool) {
        let history = line.history
        guard !history.isEmpty else { return }
        var index = line.historyIndex ?? history.count
        index += older ? -1 : 1
        if index >= history.count {
            line.historyIndex = nil
            line.line = LineEditor(limit: line.line.limit)
        } else {
            index = max(0, index)
            line.historyIndex = index
            line.line = LineEditor(history[index], limit: line.line.limit)
        }
    }

    /// Tab: completes the command name typed so far to the longest common start of the names
    /// that match (all of it, and a space, when one matches).
    private func complete(_ line: inout CommandLineState) {
        let text = line.text
        guard !text.contains(" ") else { return }
        let matches = DashboardCommand.completions(of: text)
        guard let first = matches.first else { return }
        var common = first
        for match in matches.dropFirst() {
            while !match.hasPrefix(common) { common.removeLast() }
        }
        line.line = LineEditor(matches.count == 1 ? common + " " : common, limit: line.line.limit)
    }
}
