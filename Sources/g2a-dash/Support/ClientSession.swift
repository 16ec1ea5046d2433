import Foundation
import GoToAssistAPI

extension ConnectionOptions {
    /// Runs `body` with a live client and always closes its connections afterwards.
    func withClient<T>(_ body: (GoToAssistClient) async throws -> T) async throws -> T {
        let (client, transport) = try makeClient()
        do {
            let result = try await body(client)
            await transport.shutdown()
            return result
        } catch {
            await transport.shutdown()
            throw error
        }
    }
}

/// Reads the time options of the headless commands.
enum TimeOption {
    /// Parses ISO 8601 (`2026-11-28T09:00:00Z`, offsets, fractions) or a UTC date (`2026-11-28`).
    static func parse(_ text: String?, option: String) throws -> Date? {
        guard let text else { return nil }
        if let date = APITimestamp.parse(text) { return date }
        if let date = APITimestamp.parse(text + "T00:00:00Z") { return date }
        throw CLIError.usage("\(option) is not an ISO 8601 time (e.g. 2026-11-28T09:00:00Z or 2026-11-28): \(text)")
    }
}

/// Writes a warning line to stderr.
func warn(_ message: String) {
    FileHandle.standardError.write(Data("g2a-dash: warning: \(message)\n".utf8))
}
