import ArgumentParser
import DashboardCore
import Foundation
import GoToAssistAPI

/// `g2a-dash browser-link`: the URL that starts an attended session in a browser.
///
/// Nothing is created until someone opens the URL, so this is not a write: it works in
/// read-only mode and asks no question.
struct BrowserLinkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browser-link",
        abstract: "Print a URL that starts an attended session in a browser (GET /session).")

    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        let url = try await connection.withClient { try await $0.browserSessionURL() }
        FileHandle.standardOutput.write(Data((TextSanitizer.sanitize(url) + "\n").utf8))
    }
}
