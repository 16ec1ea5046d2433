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
                printError(usageLine(G2ADash.message(for: error), arguments: Array(CommandLine.arguments.dropFirst())))
                return 2
            }
            printError(message)
            return code.rawValue == 0 ? 1 : code.rawValue
        }
    }

    /// A usage error as one line with the way to more help: argument-parser prints the whole
    /// usage block (3 to 11 lines), which buries the one thing that was wrong.
    static func usageLine(_ message: String, arguments: [String]) -> String {
        let text = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
        let command = (["g2a-dash"] + commandPath(arguments)).joined(separator: " ")
        let sentence = text.hasSuffix(".") ? String(text.dropLast()) : text
        return (sentence.isEmpty ? "invalid usage" : sentence) + "; see \(command) --help"
    }

    /// The subcommand names at the start of `arguments` (`tickets search`), by the command tree.
    static func commandPath(_ arguments: [String]) -> [String] {
        var path: [String] = []
        var current: any ParsableCommand.Type = G2ADash.self
        for word in arguments where !word.hasPrefix("-") {
            guard let next = current.configuration.subcommands.first(where: { $0._commandName == word }) else { break }
            path.append(word)
            current = next
        }
        return path
    }

    /// Writes one sanitized line to stderr: error text may quote the server.
    static func printError(_ message: String) {
        let line = TextSanitizer.sanitize(message.split(whereSeparator: \.isNewline).joined(separator: " "))
        FileHandle.standardError.write(Data("g2a-dash: \(line)\n".utf8))
    }
}
