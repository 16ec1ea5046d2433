import DashboardConfig
import DashboardCore
import Foundation
import GoToAssistAPI
import TOMLKit

/// The tokens `g2a-dash login` saved, one table per profile, in `credentials.toml`.
///
/// ```toml
/// [default]
/// access_token = "…"
/// refresh_token = "…"
/// expires_at = "2026-12-07T16:00:00Z"
/// ```
///
/// The file is private: created 0600, replaced atomically (a temporary file in the same
/// folder, fsynced, renamed), and refused when group or others can read it, because a token
/// there is as good as the technician's password for an hour (a refresh token for 30 days).
struct CredentialsStore {
    let path: String

    /// The table a login without `--profile` uses.
    static let defaultProfile = "default"

    /// `$XDG_CONFIG_HOME/g2a-dash/credentials.toml`, beside the config file.
    static func defaultPath(environment: [String: String]) -> String {
        ConfigLoader.configDirectory(environment: environment) + "/credentials.toml"
    }

    init(path: String) { self.path = path }

    init(environment: [String: String]) { self.init(path: Self.defaultPath(environment: environment)) }

    /// Whether the file exists.
    var exists: Bool { FileManager.default.fileExists(atPath: path) }

    /// The saved tokens of `profile`, nil when it has none (or there is no file).
    func load(profile: String?) throws -> TokenSet? {
        let name = profile ?? Self.defaultProfile
        guard let tokens = try readAll()[name] else { return nil }
        try TokenFile.requireUsable(tokens.accessToken, source: "\(path) [\(name)] access_token")
        if let refresh = tokens.refreshToken {
            try TokenFile.requireUsable(refresh, source: "\(path) [\(name)] refresh_token")
        }
        return tokens
    }

    /// The profiles that have saved tokens.
    func profiles() throws -> [String] { try readAll().keys.sorted() }

    /// Saves (or replaces) the tokens of `profile`, keeping the others.
    func save(_ tokens: TokenSet, profile: String?) throws {
        var all = try readAll()
        all[profile ?? Self.defaultProfile] = tokens
        try write(all)
    }

    /// Removes the tokens of `profile`; returns whether there were any. The file goes when empty.
    @discardableResult
    func remove(profile: String?) throws -> Bool {
        var all = try readAll()
        guard all.removeValue(forKey: profile ?? Self.defaultProfile) != nil else { return false }
        if all.isEmpty {
            guard unlink(path) == 0 || errno == ENOENT else {
                throw CLIError.failure("cannot remove \(path): \(String(cString: strerror(errno)))")
            }
        } else {
            try write(all)
        }
        return true
    }

    // MARK: - Reading

    private func readAll() throws -> [String: TokenSet] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return [:] }
            throw CLIError.auth("cannot read \(path): \(String(cString: strerror(errno)))")
        }
        try TokenFile.requirePrivate(path: path, mode: info.st_mode, described: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.auth("cannot read \(path)")
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: String(decoding: data, as: UTF8.self))
        } catch let error as TOMLParseError {
            // The parser's message can quote the line, which may hold a token: say only where.
            throw CLIError.auth("\(path):\(error.source.begin.line): not valid TOML; fix or remove the file and run g2a-dash login")
        }
        var all: [String: TokenSet] = [:]
        for (profile, value) in table {
            guard let section = value.table else {
                throw CLIError.auth("\(path): \(profile): must be a table, e.g. [\(profile)]")
            }
            guard let access = section["access_token"]?.string, !access.isEmpty else {
                throw CLIError.auth("\(path): \(profile).access_token: missing; run g2a-dash login --profile \(profile)")
            }
            var tokens = TokenSet(accessToken: access)
            tokens.refreshToken = section["refresh_token"]?.string
            if let expires = section["expires_at"]?.string {
                guard let date = APITimestamp.parse(expires) else {
                    throw CLIError.auth("\(path): \(profile).expires_at: not an ISO 8601 time")
                }
                tokens.expiresAt = date
            }
            tokens.accountKey = section["account_key"]?.string
            tokens.organizerKey = section["organizer_key"]?.string
            tokens.email = section["email"]?.string
            all[profile] = tokens
        }
        return all
    }

    // MARK: - Writing

    private func write(_ all: [String: TokenSet]) throws {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw CLIError.failure("cannot create \(folder): \(error.localizedDescription)")
        }
        let text = "# g2a-dash credentials: tokens from `g2a-dash login`. Keep this file private (mode 0600).\n\n"
            + Self.render(all)
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw CLIError.failure("cannot write \(temporary): \(String(cString: strerror(errno)))") }
        // The umask cannot widen 0600, but an old file of that name could have another mode.
        fchmod(fd, 0o600)
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        let synced = fsync(fd) == 0
        close(fd)
        guard written == bytes.count, synced else {
            unlink(temporary)
            throw CLIError.failure("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CLIError.failure("cannot replace \(path): \(reason)")
        }
    }

    /// The file's TOML: one table per profile, in name order, only the fields that are set.
    static func render(_ all: [String: TokenSet]) -> String {
        let root = TOMLTable()
        for (profile, tokens) in all {
            let section = TOMLTable()
            section["access_token"] = tokens.accessToken
            if let value = tokens.refreshToken { section["refresh_token"] = value }
            if let value = tokens.expiresAt { section["expires_at"] = APITimestamp.format(value) }
            if let value = tokens.accountKey { section["account_key"] = value }
            if let value = tokens.organizerKey { section["organizer_key"] = value }
            if let value = tokens.email { section["email"] = value }
            root[profile] = section
        }
        return root.convert(to: .toml) + "\n"
    }
}
