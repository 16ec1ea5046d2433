import ArgumentParser
import DashboardCore
import Foundation
import GoToAssistAPI

extension RecordingsCommand {
    /// `g2a-dash recordings transcode ID…`: asks the server to transcode recordings.
    ///
    /// A write: asked for on a terminal (`--yes` for scripts), sent once (a POST is never
    /// retried), refused under `--readonly`.
    struct Transcode: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "transcode",
            abstract: "Ask for recordings to be transcoded (ready for download some time later).")

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var write: WriteOptions

        @Argument(help: ArgumentHelp("Recording ids (see `g2a-dash recordings`), at most 500 a request.", valueName: "id"))
        var ids: [String]

        func validate() throws {
            guard !ids.isEmpty else { throw ValidationError("name at least one recording id") }
            for id in ids where id.isEmpty || !id.allSatisfy({ $0.isASCII && $0.isNumber }) {
                throw ValidationError("recording ids are digits; got \(TextSanitizer.sanitize(id))")
            }
        }

        func run() async throws {
            try write.refuseIfReadOnly("recordings transcode", would: "ask the server to transcode recordings", connection: connection)
            try write.confirm("Transcode \(ids.count) recording\(ids.count == 1 ? "" : "s") (\(ids.prefix(5).joined(separator: ", "))\(ids.count > 5 ? ", …" : ""))?")
            try await connection.withClient { try await $0.transcodeRecordings(ids: ids) }
            print("transcode requested for \(ids.count) recording\(ids.count == 1 ? "" : "s"); they list as ready for download once done")
        }
    }
}
