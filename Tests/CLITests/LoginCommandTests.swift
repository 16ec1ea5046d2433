import AsyncHTTPClient
import Foundation
import GoToAssistSimulator
import NIOCore
import TestSupport
import Testing

/// `g2a-dash login` / `logout` and the saved tokens, against a simulator on loopback: each
/// login method, the private credentials file, refresh ahead of expiry and after a refusal
/// (with the new tokens saved), and no secret in any output or in the log file.
@Suite(.serialized) struct LoginCommandTests {
    static let password = "demo-password"
    static let pat = "demo-pat"

    /// A fresh XDG home with the simulator's OAuth client in the environment and a config
    /// pointing at the simulator (with two profiles), and nothing else.
    static func environment(_ server: SimulatorServer) throws -> [String: String] {
        let env = BinaryRunner.environment([
            "G2A_CLIENT_ID": "g2a-dash", "G2A_CLIENT_SECRET": "g2a-dash-secret",
        ])
        let folder = env["XDG_CONFIG_HOME"]! + "/g2a-dash"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "base_url = \"\(server.baseURL)\"\n[profiles.night]\n[profiles.pasted]\n"
            .write(toFile: folder + "/config.toml", atomically: true, encoding: .utf8)
        return env
    }

    static func credentialsPath(_ env: [String: String]) -> String {
        env["XDG_CONFIG_HOME"]! + "/g2a-dash/credentials.toml"
    }

    static func logPath(_ env: [String: String]) -> String {
        env["XDG_STATE_HOME"]! + "/g2a-dash/g2a-dash.log"
    }

    /// Runs `g2a-dash ARGS` with `answers` on stdin (a pipe, one answer per line).
    static func run(_ arguments: [String], answers: [String], environment: [String: String]) async throws -> ChildProcess.Output {
        var env = environment
        env["G2A_COMMAND"] = ([BinaryRunner.binary] + arguments).map { "'\($0)'" }.joined(separator: " ")
        env["G2A_ANSWERS"] = answers.joined(separator: "\n") + "\n"
        let environment = env
        return try await offload {
            try ChildProcess.run("/bin/sh", ["-c", #"printf '%s' "$G2A_ANSWERS" | eval "$G2A_COMMAND""#], environment: environment)
        }
    }

    /// The value of `key` in the `[profile]` table of the credentials file.
    static func saved(_ key: String, profile: String = "default", _ env: [String: String]) throws -> String? {
        let text = try String(contentsOfFile: credentialsPath(env), encoding: .utf8)
        var inProfile = false
        for line in text.split(separator: "\n") {
            if line.hasPrefix("[") { inProfile = line == "[\(profile)]"; continue }
            guard inProfile, line.hasPrefix(key + " = ") else { continue }
            return String(line.dropFirst(key.count + 3)).trimmingCharacters(in: CharacterSet(charactersIn: "'\""))
        }
        return nil
    }

    static func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o777 : 0
    }

    static func setFault(_ fault: String?, on server: SimulatorServer) async throws {
        var request = HTTPClientRequest(url: server.rootURL + "/_sim/faults")
        request.method = .PUT
        request.headers.add(name: "Content-Type", value: "application/json")
        let body = fault.map { #"{"fault":"\#($0)"}"# } ?? #"{"fault":null}"#
        request.body = .bytes(ByteBuffer(string: body))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(5))
        #expect(response.status == .ok || response.status == .noContent)
    }

    /// Every secret a test handled, none of which may ever be printed or logged.
    static func expectNoSecrets(in texts: [String], tokens: [String?]) {
        let secrets = [password, pat] + tokens.compactMap { $0 }
        for text in texts {
            for secret in secrets { #expect(!text.contains(secret), "a secret leaked into: \(text.prefix(300))") }
        }
    }

    @Test func passwordLoginSavesPrivateTokensThatTheOtherCommandsUse() async throws {
        try await HeadlessCommandTests.withSim { server, _ in
            let env = try Self.environment(server)
            let login = try await Self.run(["login", "--log-level", "trace"], answers: ["password", "tech@example.com", Self.password], environment: env)
            #expect(login.status == 0, "\(login.stderrText)")
            #expect(login.stdoutText.contains("logged in as tech@example.com (profile default)"))
            #expect(login.stderrText.contains("How do you sign in?"))
            #expect(Self.mode(Self.credentialsPath(env)) == 0o600)
            let access = try Self.saved("access_token", env)
            let refresh = try Self.saved("refresh_token", env)
            #expect(access != nil && refresh != nil)

            // No G2A_TOKEN: the saved login is used.
            let sessions = try await BinaryRunner.run(["sessions", "--output", "json", "--log-level", "trace"], environment: env)
            #expect(sessions.status == 0, "\(sessions.stderr)")
            #expect(sessions.stdout.contains("\"sessions\""))
            let log = (try? String(contentsOfFile: Self.logPath(env), encoding: .utf8)) ?? ""
            #expect(log.contains("GET"), "trace logging reached the log file")
            Self.expectNoSecrets(in: [login.stdoutText, login.stderrText, sessions.stderr, log], tokens: [access, refresh])

            let logout = try await BinaryRunner.run(["logout"], environment: env)
            #expect(logout.status == 0)
            #expect(!FileManager.default.fileExists(atPath: Self.credentialsPath(env)))
            let after = try await BinaryRunner.run(["sessions"], environment: env)
            #expect(after.status == 3)
            #expect(after.stderr.contains("not logged in: run g2a-dash login"))
        }
    }

    @Test func personalAccessTokenAndPastedTokenLoginsGoToTheirProfiles() async throws {
        try await HeadlessCommandTests.withSim { server, _ in
            let env = try Self.environment(server)
            let pat = try await Self.run(["login", "--profile", "night"], answers: ["pat", Self.pat], environment: env)
            #expect(pat.status == 0, "\(pat.stderrText)")
            #expect(pat.stdoutText.contains("(profile night)"))
            #expect(try Self.saved("refresh_token", profile: "night", env) != nil)

            let pasted = try await Self.run(["login", "--profile", "pasted", "--method", "token"],
                                            answers: [HeadlessCommandTests.token], environment: env)
            #expect(pasted.status == 0, "\(pasted.stderrText)")
            #expect(!pasted.stderrText.contains("How do you sign in?"), "--method skips the question")
            #expect(try Self.saved("access_token", profile: "pasted", env) == HeadlessCommandTests.token)
            #expect(try Self.saved("refresh_token", profile: "pasted", env) == nil)

            for profile in ["night", "pasted"] {
                let companies = try await BinaryRunner.run(["companies", "--profile", profile], environment: env)
                #expect(companies.status == 0, "\(profile): \(companies.stderr)")
            }
            Self.expectNoSecrets(in: [pat.stdoutText, pat.stderrText, pasted.stdoutText, pasted.stderrText],
                                 tokens: [HeadlessCommandTests.token])
        }
    }

    @Test func aRefusedLoginSavesNothingAndSaysWhy() async throws {
        try await HeadlessCommandTests.withSim { server, _ in
            let env = try Self.environment(server)
            let wrong = try await Self.run(["login", "--method", "password", "--username", "tech@example.com"],
                                           answers: ["not-the-password"], environment: env)
            #expect(wrong.status == 3)
            #expect(wrong.stderrText.contains("login failed"))
            #expect(!wrong.stderrText.contains("not-the-password"))
            let bogus = try await Self.run(["login", "--method", "token"], answers: ["bogus-token-123"], environment: env)
            #expect(bogus.status == 3)
            #expect(bogus.stderrText.contains("nothing was saved"))
            #expect(!bogus.stderrText.contains("bogus-token-123"))
            #expect(!FileManager.default.fileExists(atPath: Self.credentialsPath(env)))
            var noClient = env
            noClient["G2A_CLIENT_ID"] = nil
            let unconfigured = try await Self.run(["login", "--method", "pat"], answers: [Self.pat], environment: noClient)
            #expect(unconfigured.status == 2)
            #expect(unconfigured.stderrText.contains("G2A_CLIENT_ID"))
        }
    }

    @Test func aCredentialsFileOthersCanReadIsRefusedWithTheFix() async throws {
        try await HeadlessCommandTests.withSim { server, _ in
            let env = try Self.environment(server)
            let login = try await Self.run(["login", "--method", "pat"], answers: [Self.pat], environment: env)
            #expect(login.status == 0, "\(login.stderrText)")
            let path = Self.credentialsPath(env)
            chmod(path, 0o644)
            let refused = try await BinaryRunner.run(["sessions"], environment: env)
            #expect(refused.status == 3)
            #expect(refused.stderr.contains("readable by others (mode 644)"))
            #expect(refused.stderr.contains("chmod 600 \(path)"))
            chmod(path, 0o600)
            #expect(try await BinaryRunner.run(["sessions"], environment: env).status == 0)
        }
    }

    @Test func tokensAreRefreshedAheadOfExpiryAndTheNewOnesSaved() async throws {
        try await HeadlessCommandTests.withSim { server, _ in
            let env = try Self.environment(server)
            let login = try await Self.run(["login", "--method", "pat"], answers: [Self.pat], environment: env)
            #expect(login.status == 0, "\(login.stderrText)")
            let access = try #require(try Self.saved("access_token", env))
            let refresh = try #require(try Self.saved("refresh_token", env))
            // The saved token expires in 30 s: inside the one-minute margin.
            let path = Self.credentialsPath(env)
            let soon = ISO8601DateFormatter().string(from: Date().addingTimeInterval(30))
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let edited = text.replacingOccurrences(of: #"expires_at = '[^']*'"#, with: "expires_at = '\(soon)'", options: .regularExpression)
            #expect(edited != text)
            try edited.write(toFile: path, atomically: false, encoding: .utf8)

            let sessions = try await BinaryRunner.run(["sessions"], environment: env)
            #expect(sessions.status == 0, "\(sessions.stderr)")
            let newAccess = try Self.saved("access_token", env)
            let newRefresh = try Self.saved("refresh_token", env)
            #expect(newAccess != access, "a new access token was saved")
            #expect(newRefresh != refresh, "the spent refresh token was replaced")
            #expect(Self.mode(path) == 0o600)
            // The saved tokens work on the next run with no refresh.
            #expect(try await BinaryRunner.run(["companies"], environment: env).status == 0)
            #expect(try Self.saved("access_token", env) == newAccess)
        }
    }

    @Test func anInvalidTokenAnswerIsFollowedByARefreshAndTheNewTokensAreSaved() async throws {
        try await HeadlessCommandTests.withSim { server, _ in
            let env = try Self.environment(server)
            let login = try await Self.run(["login", "--method", "pat"], answers: [Self.pat], environment: env)
            #expect(login.status == 0, "\(login.stderrText)")
            let access = try Self.saved("access_token", env)
            // From now on the simulator refuses every token not minted by a refresh.
            try await Self.setFault("expired-token", on: server)
            let sessions = try await BinaryRunner.run(["sessions", "--log-level", "debug"], environment: env)
            try await Self.setFault(nil, on: server)
            #expect(sessions.status == 0, "\(sessions.stderr)")
            let newAccess = try Self.saved("access_token", env)
            #expect(newAccess != nil && newAccess != access)
            let log = (try? String(contentsOfFile: Self.logPath(env), encoding: .utf8)) ?? ""
            Self.expectNoSecrets(in: [sessions.stderr, log], tokens: [access, newAccess])
        }
    }

    @Test func aSavedTokenThatCannotBeRefreshedSaysTheSessionExpired() async throws {
        try await HeadlessCommandTests.withSim { server, _ in
            let env = try Self.environment(server)
            let path = Self.credentialsPath(env)
            try "[default]\naccess_token = 'old-token-456'\nexpires_at = '2020-01-01T00:00:00Z'\n"
                .write(toFile: path, atomically: false, encoding: .utf8)
            chmod(path, 0o600)
            let expired = try await BinaryRunner.run(["sessions"], environment: env)
            #expect(expired.status == 3)
            #expect(expired.stderr.contains("session expired — run g2a-dash login"))
            #expect(!expired.stderr.contains("old-token-456"))
        }
    }
}
