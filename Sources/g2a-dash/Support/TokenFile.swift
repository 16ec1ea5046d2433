import Foundation

/// Reads a token from a file that only its owner may read.
enum TokenFile {
    /// Returns the first non-empty line; refuses a file readable by group or others.
    static func read(_ path: String) throws -> String {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw CLIError.auth("cannot read token file \(path): \(String(cString: strerror(errno)))")
        }
        if info.st_mode & 0o077 != 0 {
            throw CLIError.auth("token file \(path) is readable by others (mode \(String(info.st_mode & 0o777, radix: 8))); run: chmod 600 \(path)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.auth("cannot read token file \(path)")
        }
        let token = String(decoding: data, as: UTF8.self)
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty }
        guard let token else { throw CLIError.auth("token file \(path) is empty") }
        return token
    }
}
