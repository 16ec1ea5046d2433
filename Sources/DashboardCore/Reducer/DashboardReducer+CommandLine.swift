import Foundation

/// The `:` command line and its history.
extension DashboardReducer {
    func commandLine(_ state: inout DashboardState, _ action: DashboardAction) -> Effect<DashboardAction> {
        switch action {
        case .commandKeyPressed:
            stopEditingFilter(&state)
            state.commandLine.isActive = true
            state.commandLine.text = ""
            state.commandLine.historyIndex = nil
            return .none

        case .commandLineEdited(let text):
            state.commandLine.text = TextSanitizer.sanitize(text)
            return .none

        case .commandHistoryBrowsed(let older):
            let history = state.commandLine.history
            guard !history.isEmpty else { return .none }
            var index = state.commandLine.historyIndex ?? history.count
            index += older ? -1 : 1
            if index >= history.count {
                state.commandLine.historyIndex = nil
                state.commandLine.text = ""
            } else {
                index = max(0, index)
                state.commandLine.historyIndex = index
                state.commandLine.text = history[index]
            }
            return .none

        case .commandSubmitted:
            let text = state.commandLine.text.trimmingCharacters(in: .whitespaces)
            state.commandLine.isActive = false
            state.commandLine.text = ""
            state.commandLine.historyIndex = nil
            guard !text.isEmpty else { return .none }
            if state.commandLine.history.last != text { state.commandLine.history.append(text) }
            if state.commandLine.history.count > CommandLineState.maxHistory { state.commandLine.history.removeFirst() }
            return run(command: text, &state)

        default:
            return .none
        }
    }

    private func run(command text: String, _ state: inout DashboardState) -> Effect<DashboardAction> {
        let words = text.split(separator: " ").map(String.init)
        let name = words[0].lowercased()
        let argument = words.dropFirst().joined(separator: " ")
        switch name {
        case "q", "quit", "q!":
            return reduce(&state, .quitPressed)
        case "sessions", "companies", "recordings":
            return focus(&state, PaneID(rawValue: name) ?? .sessions)
        case "help", "h":
            state.overlay = .help(scroll: 0)
        case "log", "messages":
            state.overlay = .messageLog(scroll: 0)
        case "refresh", "r":
            return reduce(&state, .refreshKeyPressed)
        case "window":
            guard let window = SessionWindow(rawValue: argument.lowercased()) else {
                post(&state, .error, ":window takes 24h, 7d or 30d (got \(argument.isEmpty ? "nothing" : argument))")
                return .none
            }
            state.window = window
            post(&state, .info, "sessions window \(window.rawValue)")
            if state.sessions.refresh.inFlight { return .none }
            return startRefresh(&state, .sessions)
        case "recordings-filter", "rfilter":
            return openRecordingsFilter(&state, fromKey: false)
        case "downloads", "dl":
            return downloads(&state, .downloadsKeyPressed)
        case "cancel-downloads":
            return cancelAllDownloads(&state)
        case "links":
            return openLinks(&state)
        case "browser-link", "browserlink":
            return openBrowserLink(&state)
        case "profile":
            return requestProfile(argument, &state)
        case "new", "start":
            return dialogs(&state, .newSessionKeyPressed)
        case "theme":
            guard !argument.isEmpty else {
                post(&state, .error, ":theme needs a name, e.g. :theme light")
                return .none
            }
            let load = environment.loadTheme
            return .run { send in await send(.themeLoaded(name: argument, error: await load(argument))) }
        default:
            post(&state, .error, "unknown command :\(name) (try :help)")
        }
        return .none
    }
}
