import GoToAssistAPI

/// A URL to hand on: a started session's launch URL, or `:browser-link`; `y` copies, `o` opens.
struct LaunchURLReducer {
    let environment: DashboardEnvironment

    /// `y` or `o`: copies (OSC 52) or opens the URL, and notes the outcome under it.
    func hand(_ state: inout DashboardState, copy: Bool) -> Effect<DashboardAction> {
        guard case .launchURL(let launch) = state.modals.last, let url = launch.url else { return .none }
        let workflows = environment.workflows
        return .run(id: .clipboard) { send in
            await send(.dialog(.noteReceived(copy ? await workflows.copyToClipboard(url) : await workflows.openURL(url))))
        }
    }

    func noted(_ state: inout DashboardState, _ note: String) {
        DialogStack.updateTop(&state) { if case .launchURL(var launch) = $0 { launch.note = note; $0 = .launchURL(launch) } }
    }

    /// `:browser-link`: a URL that starts a session in a browser, to copy.
    func openBrowserLink(_ state: inout DashboardState) -> Effect<DashboardAction> {
        state.overlay = nil
        state.modals = [.launchURL(LaunchURLState(title: "Start a session in a browser", url: nil))]
        let workflows = environment.workflows
        return .request(id: .dialogLoad, { try await workflows.browserSessionURL() }) { .dialog(.browserLinkResponse($0)) }
    }

    func browserLinkResponse(_ state: inout DashboardState, _ result: Result<String, APIError>) {
        guard case .launchURL(var launch) = state.modals.last, launch.url == nil else { return }
        switch result {
        case .success(let url):
            launch.url = url
            state.modals[state.modals.count - 1] = .launchURL(launch)
        case .failure(let error):
            state.modals.removeLast()
            environment.post(&state, .error, "browser link: \(error.description)")
        }
    }
}
