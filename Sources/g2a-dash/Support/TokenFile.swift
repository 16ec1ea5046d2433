import Foundation
import GoToAssistAPI

/// Reads a token from a file that only its owner may read.
enum TokenFile {
    /// Refuses a secret file that group or others may read or write, saying how to fix it;
    /// the one check for token files and the credentials file.
    static func requirePrivate(path: String, mode: mode_t, described: String) throws {
        guard mode & 0o077 == 0 else {
            let octal = String(mode & 0o777, radix: 8)
            throw CLIError.auth("\(described) is readable by others (mode \(octal)); run: chmod 600 \(path)")
        }
    }

    /// Returns the first non-empty line; refuses a file readable by group or others.
    static func read(_ path: String) throws -> String {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw CLIError.auth("cannot read token file \(path): \(String(cString: strerror(errno)))")
        }
        if info.st_mode & S_IFMT == S_IFDIR { throw CLIError.auth("token file \(path) is a directory") }
        try requirePrivate(path: path, mode: info.st_mode, described: "token file " + path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.auth("cannot read token file \(path)")
        }
        let token = String(decoding: data, as: UTF8.self)
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty }
        guard let token else { throw CLIError.auth("token file \(path) is empty") }
        try requireUsable(token, source: "token file " + path)
        return token
    }

    /// Refuses a token that cannot go into an HTTP header, naming its source, never its value.
    static func requireUsable(_ token: String, source: String) throws {
        if let problem = TokenText.problem(token) {
            throw CLIError.auth(TokenText.refusal(source: source, problem: problem))
        }
    }
}
