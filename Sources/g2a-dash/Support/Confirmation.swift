import DashboardCore
import Foundation

/// A yes/no question on the terminal, asked before a write.
///
/// The question goes to stderr so stdout stays the command's result (a script may capture the
/// launch URL of a session a person confirmed), and only `y` or `yes` counts as yes: the default
/// of a write is not to happen.
enum Confirmation {
    /// Whether a person can answer: stdin is a terminal. Scripts, cron and pipes are not asked.
    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 }

    /// Prints `question [y/N] ` on stderr and reads one line from stdin; end of input is a no.
    static func ask(_ question: String) -> Bool {
        FileHandle.standardError.write(Data("\(TextSanitizer.sanitize(question)) [y/N] ".utf8))
        guard let answer = readLine(strippingNewline: true) else {
            FileHandle.standardError.write(Data("\n".utf8))
            return false
        }
        return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
