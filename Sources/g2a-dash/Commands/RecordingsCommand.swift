import ArgumentParser
import DashboardCore
import Foundation
import GoToAssistAPI

/// `g2a-dash recordings`: recording ids ready for transcoding or download.
struct RecordingsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recordings",
        abstract: "List recordings ready for download or transcoding.",
        discussion: "Without --account-key, --user-key or --company-id, the account of the most recent session is used.",
        subcommands: [Transcode.self])

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    @Option(name: .customLong("account-key"), help: ArgumentHelp("Recordings of this account.", valueName: "key"))
    var accountKey: String?

    @Option(name: .customLong("user-key"), help: ArgumentHelp("Recordings of this technician.", valueName: "key"))
    var userKey: String?

    @Option(name: .customLong("company-id"), help: ArgumentHelp("Recordings of this company (unattended).", valueName: "id"))
    var companyId: String?

    @Option(help: ArgumentHelp("Recordings that started at or after this time (ISO 8601).", valueName: "time"))
    var from: String?

    @Option(help: ArgumentHelp("Recordings that started at or before this time (ISO 8601).", valueName: "time"))
    var to: String?

    @Option(help: ArgumentHelp("Recordings of the last N days.", valueName: "n"))
    var days: Int?

    @Flag(help: "Only archived recordings (default: only those not archived).")
    var archived = false

    @Flag(help: "Only unattended sessions' recordings.")
    var unattended = false

    @Flag(help: "Only attended sessions' recordings.")
    var attended = false

    func validate() throws {
        if [accountKey, userKey, companyId].compactMap({ $0 }).count > 1 {
            throw ValidationError("give at most one of --account-key, --user-key, --company-id")
        }
        if unattended && attended { throw ValidationError("--attended and --unattended exclude each other") }
        if let days, days < 1 { throw ValidationError("--days must be at least 1") }
    }

    func run() async throws {
        let from = try TimeOption.parse(from, option: "--from")
        let to = try TimeOption.parse(to, option: "--to")
        if let from, let to, from > to { throw CLIError.usage("--from must not be after --to") }
        let list = try await connection.withClient { client -> RecordingList in
            let owner = try await resolveOwner(client)
            let query = RecordingQuery(owner: owner, unattended: unattended ? true : (attended ? false : nil),
                                       from: from, to: to, timePeriodDays: days, archived: archived)
            return try await client.recordings(query)
        }
        if list.isCapped {
            warn("a list holds \(RecordingList.listCap) ids, the API's cap: narrow --from/--to to see the rest")
        }
        let rows = list.readyForDownload.map { [$0, "ready for download"] }
            + list.readyForTranscode.map { [$0, "ready for transcode"] }
        try output.emit(list, header: ["RECORDING ID", "STATE"],
                        rows: rows.map { $0.map(TextSanitizer.sanitize) })
    }

    private func resolveOwner(_ client: GoToAssistClient) async throws -> RecordingQuery.Owner {
        if let accountKey { return .accountKey(accountKey) }
        if let userKey { return .userKey(userKey) }
        if let companyId { return .companyId(companyId) }
        let now = Date()
        let recent = try await client.sessions(from: now.addingTimeInterval(-30 * 86_400), to: now)
        guard let key = recent.sessions.reversed().lazy.compactMap(\.accountKey).first else {
            throw CLIError.usage("no session in the last 30 days names an account; pass --account-key, --user-key or --company-id")
        }
        return .accountKey(key)
    }
}
