import ArgumentParser
import DashboardCore
import Foundation
import GoToAssistAPI

/// `g2a-dash start`: starts a screen-sharing session and prints the expert's launch URL.
struct StartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start", abstract: "Start a screen-sharing session and print the expert's launch URL.",
        discussion: """
            Sends POST /sessions exactly once, never retried: a retry could start two sessions. \
            The new session has no id until the expert opens the launch URL. When stdin is a \
            terminal the command asks for confirmation first (--yes skips the question); scripts \
            and cron jobs are not asked. Refused with exit code 2 in read-only mode.
            """)

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var write: WriteOptions

    @Option(help: ArgumentHelp("The customer's name (at most 128 characters).", valueName: "name"))
    var customerName: String?

    @Option(help: ArgumentHelp("The customer's email address.", valueName: "email"))
    var customerEmail: String?

    @Option(help: ArgumentHelp("Helpdesk ticket id stored on the session (partnerObject).", valueName: "id"))
    var ticket: String?

    @Option(help: ArgumentHelp("The ticket's http(s) URL (partnerObjectUrl).", valueName: "url"))
    var ticketUrl: String?

    @Option(help: ArgumentHelp("Start an unattended session on this machine (machineUuid).", valueName: "uuid"))
    var machine: String?

    @Option(help: ArgumentHelp("http(s) URL that receives the session's status changes.", valueName: "url"))
    var callbackUrl: String?

    func run() async throws {
        try write.refuseIfReadOnly("start", would: "start a support session", connection: connection)
        let request = try makeRequest()
        try write.confirm(WriteRequest.startSession(request).question)
        let response = try await connection.withClient { try await $0.startSession(request) }
        let url = TextSanitizer.sanitize(response.launchUrl)
        let token = response.sessionToken.map(TextSanitizer.sanitize)
        if output.output == .table {
            // Not a column table: a launch URL is longer than a table cell and must stay whole.
            let lines = ["launch-url: \(url)"] + (token.map { ["session-token: \($0)"] } ?? [])
            FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        } else {
            try output.emit(response, header: ["LAUNCH URL", "SESSION TOKEN"], rows: [[url, token ?? ""]])
        }
    }

    /// The request from the options, checked with the dashboard form's rules.
    func makeRequest() throws -> StartSessionRequest {
        let values = try WriteOptions.check(FormState.startSession(), [
            "customerName": ("--customer-name", customerName),
            "customerEmail": ("--customer-email", customerEmail),
            "partnerObject": ("--ticket", ticket),
            "partnerObjectUrl": ("--ticket-url", ticketUrl),
            "machineUuid": ("--machine", machine),
            "callbackUrl": ("--callback-url", callbackUrl),
        ])
        return StartSessionRequest(
            customerName: values["customerName"], customerEmail: values["customerEmail"],
            partnerObject: values["partnerObject"], partnerObjectUrl: values["partnerObjectUrl"],
            machineUuid: values["machineUuid"], sessionStatusCallbackUrl: values["callbackUrl"])
    }
}
