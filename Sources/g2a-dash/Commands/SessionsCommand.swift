import ArgumentParser
import DashboardCore
import Foundation
import GoToAssistAPI

/// `g2a-dash sessions`: the sessions of a time window.
struct SessionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions", abstract: "List support sessions that started in a time window.")

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Window start, ISO 8601 (default: 24 hours ago).", valueName: "time"))
    var from: String?

    @Option(help: ArgumentHelp("Window end, ISO 8601 (default: now).", valueName: "time"))
    var to: String?

    @Option(name: .customLong("status"),
            help: ArgumentHelp("Only this status; repeatable: notStarted, waiting, active, complete, abandoned.", valueName: "status"))
    var statuses: [String] = []

    func run() async throws {
        let now = Date()
        let from = try TimeOption.parse(from, option: "--from") ?? now.addingTimeInterval(-86_400)
        let to = try TimeOption.parse(to, option: "--to") ?? now.addingTimeInterval(60)
        guard from <= to else { throw CLIError.usage("--from must not be after --to") }
        let wanted = try Set(statuses.map { text -> SessionStatus in
            let status = SessionStatus(rawValue: text)
            if case .other = status {
                throw CLIError.usage("--status \(text) is not one of notStarted, waiting, active, complete, abandoned")
            }
            return status
        })
        var list = try await connection.withClient { try await $0.sessions(from: from, to: to) }
        if !wanted.isEmpty {
            list.sessions = list.sessions.filter { wanted.contains($0.status) }
            list.totalNumSessions = list.sessions.count
        }
        let time = TimeText.local
        try output.emit(list, header: SessionRow.columns,
                        rows: list.sessions.map { SessionRow($0).displayCells(now: now, time: time) })
    }
}
