/// A failure the CLI itself detects, with its exit code.
enum CLIError: Error, CustomStringConvertible {
    /// Bad arguments or options (exit 2).
    case usage(String)
    /// No usable credentials (exit 3).
    case auth(String)
    /// Anything else (exit 1).
    case failure(String)

    var exitCode: Int32 {
        switch self {
        case .usage: 2
        case .auth: 3
        case .failure: 1
        }
    }

    var description: String {
        switch self {
        case .usage(let text), .auth(let text), .failure(let text): text
        }
    }
}
