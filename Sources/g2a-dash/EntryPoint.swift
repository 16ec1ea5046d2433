import ArgumentParser
import DashboardCore
import Foundation
import GoToAssistAPI

/// Runs the command and turns every failure into one line on stderr and a documented exit code.
///
/// argument-parser's own `main()` exits 64 on usage errors; the product promises 2, and 3 for
/// authentication failures, so the mapping lives here.
@main
enum EntryPoint {
    static func main() async {
        do {
            var command = try G2ADash.parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(report(error))
        }
    }

    /// Prints the error and returns the exit code for it.
    static func report(_ error: any Error) -> Int32 {
        switch error {
        case let error as CLIError:
            printError(error.description)
            return error.exitCode
        case let error as APIError:
            printError(error.description)
            return error.isAuthenticationFailure ? 3 : 1
        case let exit as SignalExit:
            return exit.status
        case is CancellationError:
            return 130
        default:
            let code = G2ADash.exitCode(for: error)
            let message = G2ADash.fullMessage(for: error)
            if code == .success {
                print(message)
                return 0
            }
            if code.rawValue == ExitCode.validationFailure.rawValue {
                FileHandle.standardError.write(Data((message + "\n").utf8))
                return 2
            }
            printError(message)
            return code.rawValue == 0 ? 1 : code.rawValue
        }
    }

    /// Writes one sanitized line to stderr: error text may quote the server.
    static func printError(_ message: String) {
        let line = TextSanitizer.sanitize(message.split(whereSeparator: \.isNewline).joined(separator: " "))
        FileHandle.standardError.write(Data("g2a-dash: \(line)\n".utf8))
    }
}
