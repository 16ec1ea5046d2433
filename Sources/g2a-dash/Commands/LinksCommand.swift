import ArgumentParser
import DashboardCore
import GoToAssistAPI

/// `g2a-dash links`: partner-system links.
struct LinksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links", abstract: "Partner-system (helpdesk) links.",
        subcommands: [List.self])

    /// `g2a-dash links list --domain D`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the links registered for a domain. User tokens are always masked.")

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions

        @Option(help: ArgumentHelp("The partner system's domain.", valueName: "domain"))
        var domain: String

        func run() async throws {
            let links = try await connection.withClient { try await $0.systemLinks(domain: domain) }
            let masked = links.map { link -> SystemLink in
                var copy = link
                copy.userToken = SystemLinkRow.mask(link.userToken)
                return copy
            }
            try output.emit(masked, header: SystemLinkRow.columns, rows: links.map { SystemLinkRow($0).cells })
        }
    }
}
