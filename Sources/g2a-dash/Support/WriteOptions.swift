import ArgumentParser
import DashboardCore
import Foundation

/// `--yes`, and the checks every headless write passes before anything is sent.
///
/// Writes start sessions and change helpdesk tickets on live systems, so they must be
/// deliberate: read-only mode refuses them before any network call, input is checked with the
/// same rules as the dashboard's forms, and a person at a terminal confirms each write. Scripts
/// (stdin not a terminal) are not asked, since nobody could answer.
struct WriteOptions: ParsableArguments {
    @Flag(name: [.customShort("y"), .long],
          help: "Do not ask for confirmation. (Only asked when stdin is a terminal; scripts are never asked.)")
    var yes = false

    /// Refuses the write in read-only mode (exit 2), before any network call.
    ///
    /// - Parameters:
    ///   - command: the command as typed, e.g. `tickets create`.
    ///   - effect: what it would do, completing "would …", e.g. `create a helpdesk ticket`.
    func refuseIfReadOnly(_ command: String, would effect: String, connection: ConnectionOptions,
                          environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard connection.isReadOnly(config: try connection.loadConfig(environment: environment)) else { return }
        throw CLIError.usage("read-only mode: \(command) would \(effect); remove --readonly / read_only from the profile")
    }

    /// Asks `question` when a person is at the terminal and `--yes` was not given; anything but
    /// yes aborts with exit 1 and nothing sent.
    func confirm(_ question: String) throws {
        guard !yes, Confirmation.isInteractive else { return }
        guard Confirmation.ask(question) else { throw CLIError.failure("aborted: nothing was sent") }
    }

    /// Checks option values with the rules of the dashboard form that makes the same write, so
    /// the two front ends accept the same input; the first problem is a usage error naming the
    /// option (exit 2).
    ///
    /// - Parameter options: field id → (option name, value as given; nil keeps the form's default).
    /// - Returns: the trimmed values by field id; empty ones are left out.
    static func check(_ form: FormState, _ options: [String: (name: String, value: String?)]) throws -> [String: String] {
        var values: [String: String] = [:]
        for var field in form.fields {
            guard let option = options[field.id] else { continue }
            if let value = option.value { field.value = value }
            if let problem = field.validate() {
                throw CLIError.usage("\(option.name): \(problem == "required" ? "must not be empty" : problem)")
            }
            if let text = field.trimmed { values[field.id] = text }
        }
        return values
    }
}
