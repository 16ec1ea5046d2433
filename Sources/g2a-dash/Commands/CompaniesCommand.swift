import ArgumentParser
import DashboardCore
import GoToAssistAPI

/// `g2a-dash companies`: every company the user can access, all pages.
struct CompaniesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "companies", abstract: "List companies (all pages of 50).")

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Only companies whose name contains this text.", valueName: "text"))
    var query: String?

    @Option(help: ArgumentHelp("Sort by companyId or companyName (default companyName).", valueName: "field"))
    var sort: CompanyQuery.SortField?

    @Flag(help: "Sort in descending order.")
    var desc = false

    func run() async throws {
        let companies = try await connection.withClient {
            try await $0.allCompanies(search: query, sortField: sort, sortOrder: desc ? .desc : nil)
        }
        try output.emit(CompanyPage(totalNumCompanies: companies.count, companies: companies),
                        header: CompanyRow.columns, rows: companies.map { CompanyRow($0).cells })
    }
}

extension CompanyQuery.SortField: ExpressibleByArgument {}
