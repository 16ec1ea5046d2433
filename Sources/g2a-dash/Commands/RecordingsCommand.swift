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

    @OptionGroup var recordings: RecordingQueryOptions

    func run() async throws {
        let list = try await connection.withClient { client -> RecordingList in
            try await client.recordings(try await recordings.query(client))
        }
        if list.isCapped {
            warn("a list holds \(RecordingList.listCap) ids, the API's cap: narrow --from/--to to see the rest")
        }
        let rows = list.readyForDownload.map { [$0, "ready for download"] }
            + list.readyForTranscode.map { [$0, "ready for transcode"] }
        try output.emit(list, header: ["RECORDING ID", "STATE"],
                        rows: rows.map { $0.map(TextSanitizer.sanitize) })
    }
}
