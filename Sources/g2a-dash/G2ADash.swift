import ArgumentParser
import DashboardConfig
import DashboardCore

/// The `g2a-dash` command: the dashboard by default, headless subcommands for scripts.
struct G2ADash: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "g2a-dash",
        abstract: "A terminal dashboard and command-line client for GoToAssist Remote Support.",
        discussion: """
            The token comes from `g2a-dash login`, the G2A_TOKEN environment variable or \
            --token-file, never from the command line. Exit codes: 0 ok, 1 failure, 2 usage, 3 authentication, \
            129 hang-up, 130 interrupted (SIGINT), 143 terminated (SIGTERM).
            """,
        version: InfoCommand.version,
        subcommands: [
            SessionsCommand.self, SessionCommand.self, CompaniesCommand.self, RecordingsCommand.self, LinksCommand.self,
            StartCommand.self, TicketsCommand.self, BrowserLinkCommand.self,
            LoginCommand.self, LogoutCommand.self, ConfigCommand.self, InfoCommand.self, ArchiveCommand.self,
            SimCommand.self, BenchRenderCommand.self,
        ])

    @OptionGroup var connection: ConnectionOptions

    @Flag(name: .long, help: "Start a simulator in-process with demo data and connect to it.")
    var demo = false

    @Option(name: .long, help: ArgumentHelp("Theme name (see themes/) or path to a theme file.", valueName: "name"))
    var theme: String?

    /// Without a subcommand, opens the dashboard; a signal that stopped it sets the exit status.
    mutating func run() async throws {
        let exit = try await DashboardLauncher.run(connection: connection, demo: demo, themeName: theme)
        if let signal = exit.signal { throw SignalExit(signal: signal) }
    }
}
