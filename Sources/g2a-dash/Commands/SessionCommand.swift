import ArgumentParser
import DashboardCore
import Foundation
import GoToAssistAPI

/// `g2a-dash session ID [--events]`: one session with every field, and its chat transcript.
///
/// For an audit or a handover note: what the session was, who was in it, and what was said.
/// The key may be the session id or the session token a start printed.
struct SessionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session", abstract: "Show one session (by id or session token), optionally with its chat transcript.")

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("Session id, or the session token of a start.", valueName: "id"))
    var key: String

    @Flag(help: "Also show the chat transcript (GET /sessions/{id}/events).")
    var events = false

    /// The JSON document: the session as the API names its fields, and the transcript.
    struct Document: Encodable {
        var session: Session
        var events: [SessionEvent]?
    }

    func run() async throws {
        let wantsEvents = events
        let document = try await connection.withClient { client -> Document in
            let session = try await client.session(key)
            guard wantsEvents else { return Document(session: session, events: nil) }
            // The transcript hangs off the id; a session not started yet has none.
            guard let id = session.sessionId else { return Document(session: session, events: []) }
            let transcript = try await client.sessionEvents(id)
            return Document(session: session, events: transcript)
        }
        let time = TimeText.local
        var rows = SessionFieldList.fields(document.session, now: Date(), time: time).map { [$0.label, $0.value] }
        if let transcript = document.events {
            rows.append(["", ""])
            rows.append(["transcript", transcript.isEmpty ? "(none)" : "\(transcript.count) lines"])
            for event in transcript {
                let who = event.fromName.map { "\($0) (\(event.from.rawValue))" } ?? event.from.rawValue
                rows.append([event.time.map { time.dateTime($0) } ?? "", who + ": " + event.text])
            }
        }
        try output.emit(document, header: ["FIELD", "VALUE"], rows: rows.map { $0.map(TextSanitizer.sanitize) })
    }
}
