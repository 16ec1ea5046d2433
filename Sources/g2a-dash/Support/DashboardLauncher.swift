import CursesTerminal
import DashboardCore
import DashboardConfig
import DashboardUI
import Foundation
import GoToAssistAPI
import GoToAssistSimulator
import Logging

/// Wires the live pieces together and runs the dashboard: the composition root.
///
/// Everything that can fail because of bad input (config, theme, token, URL) is checked
/// before the terminal is taken over, so such errors print as one plain line on stderr.
@MainActor
enum DashboardLauncher {
    /// The token the in-process demo simulator accepts; a local test value, not a credential.
    static let demoToken = "demo-token"

    /// Runs the dashboard until the user quits, a signal stops it or its terminal goes away.
    ///
    /// - Returns: why it stopped (the exit status is the caller's to use).
    static func run(connection: ConnectionOptions, demo: Bool, themeName: String?) async throws -> DashboardExit {
        let environment = ProcessInfo.processInfo.environment
        let (config, _) = try ConfigResolution.load(profile: connection.profile, environment: environment)
        let logPath = StatePaths.logFile(environment: environment)
        let logDescriptor = try FileLogHandler.openDescriptor(path: logPath)
        let logger = Logger(label: "g2a-dash", factory: FileLogHandler.factory(
            descriptor: logDescriptor, level: connection.logLevel))
        // A crash must give the terminal back and report into the log, never wait for a key.
        CrashGuard.install(reportDescriptor: logDescriptor, logPath: logPath)

        let loader = StatePaths.themeLoader(environment: environment)
        let theme: Theme
        do {
            theme = try loader.load(named: themeName ?? config.theme ?? Theme.defaultDark.name)
        } catch {
            throw CLIError.usage(error.description)
        }

        var simulator: SimulatorServer?
        let baseURL: String
        var token: String?
        if demo {
            let server = try await SimulatorServer.start(
                SimulatorConfiguration(seed: 1, sessionCount: 400, companyCount: 180, recordingCount: 600,
                                       churn: 0.5, tokens: [demoToken]),
                logger: logger)
            simulator = server
            baseURL = server.baseURL
            token = demoToken
        } else {
            baseURL = try connection.resolvedBaseURL(environment: environment, config: config)
        }
        let proxy = try ProxySettings.from(environment: environment)
        let transport = AsyncHTTPClientTransport.configured(proxy: proxy, config: config)
        // Recording files go through the proxy the API host uses (as for `archive`): their
        // hosts are not known before listing; loopback and NO_PROXY hosts stay direct.
        let downloader = FileDownloader(proxy: ParsedURL(baseURL).flatMap { proxy.server(for: $0) }, logger: logger)
        let connector = ProfileConnector(connection: connection, environment: environment, transport: transport, logger: logger)
        let first: ProfileConnector.Connected
        do {
            first = try connector.initial(config: config, baseURL: baseURL, fixedToken: token, isDemo: demo,
                                          themeName: theme.name,
                                          partnerDomain: demo ? simulator?.partnerDomain : config.partnerDomain)
        } catch {
            await transport.shutdown()
            await downloader.shutdown()
            await simulator?.stop()
            throw error
        }
        let client = ClientHolder(first.client)

        SignalMask.unblockTerminationSignals()
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(options: .init(environment: environment))
        } catch {
            await transport.shutdown()
            await downloader.shutdown()
            await simulator?.stop()
            throw CLIError.failure("\(error)")
        }
        let themes = ThemeProvider(loader: loader, depth: terminal.capabilities.colorDepth, initial: theme)
        let settings = first.settings
        let passthrough = ClipboardSequence.Passthrough.detect(environment: environment)
        let workflows = WorkflowClient.live(
            client: client, transport: transport, logger: logger,
            copyToClipboard: { text in
                guard let bytes = ClipboardSequence.bytes(for: text, passthrough: passthrough) else {
                    return "too long to copy (more than \(ClipboardSequence.maxBytes) bytes)"
                }
                return await terminal.writeOutOfBand(bytes)
                    ? "copied to the clipboard (OSC 52)" : "could not write to the terminal"
            },
            openURL: { url in BrowserOpener.open(url, environment: environment) })
        let dashboardEnvironment = DashboardEnvironment.live(
            client: client, logger: logger, workflows: workflows,
            loadTheme: { name in await MainActor.run { themes.load(name) } },
            switchProfile: { name in
                let next: ProfileConnector.Connected
                do {
                    next = try connector.switching(to: name, themeName: theme.name)
                } catch let error as CLIError {
                    // Said as the command line would say it (no config, not logged in, …).
                    switch error {
                    case .auth(let text): throw APIError.invalidToken(message: text)
                    case .usage(let text), .failure(let text): throw APIError.invalidRequest(message: text)
                    }
                }
                await client.replace(with: next.client)
                logger.info("switched profile", metadata: ["profile": "\(name)", "host": "\(next.settings.host)"])
                return next.settings
            },
            downloadRecordingFile: RecordingFileDownload.closure(downloader, environment: environment))
        let keymap = config.keymap
        let reducer = DashboardReducer(environment: dashboardEnvironment)
        let store = Store(initialState: DashboardState(settings: settings, now: Date()), reducer: reducer.reduce)
        let app = DashboardApp(store: store, terminal: terminal, keymap: keymap, themes: themes)
        logger.info("dashboard started", metadata: ["host": "\(settings.host)", "demo": "\(demo)"])
        let exit = await app.run()
        _ = terminal.restoreNow()
        await transport.shutdown()
        await downloader.shutdown()
        await simulator?.stop()
        logger.info("dashboard stopped", metadata: ["reason": "\(exit)"])
        return exit
    }
}

/// Makes sure the signals that end the dashboard can be delivered.
///
/// A process inherits its signal mask; one started from a thread that blocks signals (a test
/// runner, some supervisors) would otherwise never see SIGTERM or SIGHUP and would outlive a
/// dropped SSH session.
enum SignalMask {
    static func unblockTerminationSignals() {
        var set = sigset_t()
        sigemptyset(&set)
        for number in [SIGHUP, SIGINT, SIGTERM, SIGWINCH] { sigaddset(&set, number) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }
}

/// Where the dashboard keeps its state files (XDG base directories).
enum StatePaths {
    /// `$XDG_STATE_HOME/g2a-dash/g2a-dash.log`, or `~/.local/state/g2a-dash/g2a-dash.log`.
    static func logFile(environment: [String: String]) -> String {
        let base = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        return base + "/g2a-dash/g2a-dash.log"
    }

    /// Finds themes where the dashboard and `config check` both look: `./themes`, the user's
    /// themes folder, beside the binary, and the checkout of a development build.
    static func themeLoader(environment: [String: String]) -> ThemeLoader {
        ThemeLoader(searchDirectories: ThemeLoader.defaultSearchDirectories(
            environment: environment, currentDirectory: FileManager.default.currentDirectoryPath,
            executablePath: executablePath()) + checkoutThemes())
    }

    /// The `themes/` of the checkout a development build lives in (`.build/<triple>/debug/g2a-dash`),
    /// so `swift run` and the tests find the shipped themes from any working directory.
    static func checkoutThemes() -> [String] {
        var url = URL(fileURLWithPath: executablePath()).deletingLastPathComponent()
        for _ in 0..<4 {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return [url.appendingPathComponent("themes").path]
            }
        }
        return []
    }

    /// This executable's path, to find themes installed beside it.
    static func executablePath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
