import ArgumentParser
import Foundation
import GoToAssistAPI

/// Which recordings a command means: owner, period, kind of session, archived or not.
///
/// Shared by `recordings` and `archive`, so the two accept the same options, check them the
/// same way, and default the owner the same way (the account of the most recent session).
struct RecordingQueryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Recordings that started at or after this time (ISO 8601).", valueName: "time"))
    var from: String?

    @Option(help: ArgumentHelp("Recordings that started at or before this time (ISO 8601).", valueName: "time"))
    var to: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("Recordings of the last N days (1–3650).", valueName: "n"))
    var days: Int?

    @Option(name: .customLong("account-key"), help: ArgumentHelp("Recordings of this account.", valueName: "key"))
    var accountKey: String?

    @Option(name: .customLong("user-key"), help: ArgumentHelp("Recordings of this technician.", valueName: "key"))
    var userKey: String?

    @Option(name: .customLong("company-id"), help: ArgumentHelp("Recordings of this company (unattended).", valueName: "id"))
    var companyId: String?

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
        if let days { try OptionRange.check(days, "--days", 1...3650) }
    }

    /// The query these options ask for; the owner defaults to the account of the most recent
    /// session when no key is given.
    func query(_ client: GoToAssistClient) async throws -> RecordingQuery {
        let from = try TimeOption.parse(from, option: "--from")
        let to = try TimeOption.parse(to, option: "--to")
        if let from, let to, from > to { throw CLIError.usage("--from must not be after --to") }
        return RecordingQuery(owner: try await owner(client), unattended: unattended ? true : (attended ? false : nil),
                              from: from, to: to, timePeriodDays: days, archived: archived)
    }

    private func owner(_ client: GoToAssistClient) async throws -> RecordingQuery.Owner {
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
