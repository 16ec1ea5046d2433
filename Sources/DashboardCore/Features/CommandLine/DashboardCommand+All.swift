import Foundation

extension DashboardCommand {
    /// Every `:` command, in the order the help lists them; `:name` of each pane comes from the
    /// pane registry.
    public static let all: [DashboardCommand] = PaneRegistry.all.map { pane in
        DashboardCommand([pane.id.rawValue], "focus the \(pane.title) pane") { state, _, environment in
            AppReducer(environment: environment).focus(&state, pane.id)
        }
    } + [
        DashboardCommand(["theme"], argument: "NAME", "switch to a theme from the themes folder") { state, argument, environment in
            guard !argument.isEmpty else {
                environment.post(&state, .error, ":theme needs a name, e.g. :theme light")
                return .none
            }
            let load = environment.loadTheme
            return .run { send in await send(.app(.themeLoaded(name: argument, error: await load(argument)))) }
        },
        DashboardCommand(["window"], argument: "24h|7d|30d", "how far back the Sessions pane looks") { state, argument, environment in
            guard let window = SessionWindow(rawValue: argument.lowercased()) else {
                environment.post(&state, .error, ":window takes 24h, 7d or 30d (got \(argument.isEmpty ? "nothing" : argument))")
                return .none
            }
            state.settings.window = window
            environment.post(&state, .info, "sessions window \(window.rawValue)")
            return PaneRefresh.start(&state, .sessions, environment)
        },
        DashboardCommand(["profile"], argument: "NAME", "switch to another profile of the config") { state, argument, environment in
            ProfileReducer(environment: environment).request(&state, argument)
        },
        DashboardCommand(["recordings-filter", "rfilter"], "filter recordings: owner, attended/unattended, period, archived") { state, _, environment in
            RecordingsReducer(environment: environment).openFilter(&state, fromKey: false)
        },
        DashboardCommand(["downloads", "dl"], "the downloads panel") { state, _, environment in
            DownloadsReducer(environment: environment).reduce(&state, .panelKeyPressed)
        },
        DashboardCommand(["cancel-downloads"], "cancel every download still to do") { state, _, environment in
            DownloadsReducer(environment: environment).cancelAllDownloads(&state)
        },
        DashboardCommand(["links"], "partner-system links for the configured domain") { state, _, environment in
            LinksReducer(environment: environment).open(&state)
        },
        DashboardCommand(["browser-link", "browserlink"], "a launch URL that starts a session in a browser") { state, _, environment in
            LaunchURLReducer(environment: environment).openBrowserLink(&state)
        },
        DashboardCommand(["new", "start"], "start a screen-sharing session", isWrite: true) { state, _, environment in
            FormReducer(environment: environment).newSession(&state)
        },
        DashboardCommand(["refresh", "r"], "refresh the focused pane now") { state, _, environment in
            PaneReducer(environment: environment).refreshRequested(&state, state.focus)
        },
        DashboardCommand(["log", "messages"], "show the message log") { state, _, _ in
            state.overlay = .messageLog(scroll: 0)
            state.overlayMaxScroll = nil
            return .none
        },
        DashboardCommand(["help", "h"], "show the help") { state, _, _ in
            state.overlay = .help(scroll: 0)
            state.overlayMaxScroll = nil
            return .none
        },
        DashboardCommand(["q", "quit", "q!"], "quit") { state, _, environment in
            AppReducer(environment: environment).quit(&state)
        },
    ]
}
