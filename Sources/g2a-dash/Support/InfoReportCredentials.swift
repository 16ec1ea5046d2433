import Foundation
import GoToAssistAPI

extension InfoReport {
    /// The credentials file and whether `profile` is logged in there: `PATH (logged in: …)`.
    ///
    /// Shared by `info` and `config show`. It reports the expiry of the saved access token and
    /// whether a refresh token exists, never a token: a diagnostics line gets pasted into
    /// tickets and chats. A file that cannot be read is reported, not thrown, so the rest of
    /// the report still prints.
    static func credentialsLine(environment: [String: String], profile: String?, now: Date = Date()) -> String {
        let store = CredentialsStore(environment: environment)
        return "\(store.path) (\(loginStatus(store: store, profile: profile, now: now)))"
    }

    static func loginStatus(store: CredentialsStore, profile: String?, now: Date) -> String {
        let tokens: TokenSet?
        do {
            tokens = try store.load(profile: profile)
        } catch {
            return "cannot tell: \(error)"
        }
        guard let tokens else { return "logged in: no" }
        let refresh = tokens.refreshToken == nil ? "" : ", refresh token saved"
        guard let expiry = tokens.expiresAt else { return "logged in: yes, access token expiry unknown" + refresh }
        let verb = expiry > now ? "expires" : "expired"
        return "logged in: yes, access token \(verb) \(APITimestamp.format(expiry))" + refresh
    }

    /// Which token a request would use, by name only: `--token-file`, `G2A_TOKEN`, the saved
    /// login, or none.
    static func tokenSource(connection: ConnectionOptions, environment: [String: String]) -> String {
        if let path = connection.tokenFile { return "--token-file \(path)" }
        if let token = environment["G2A_TOKEN"]?.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty {
            return "G2A_TOKEN (overrides a saved login)"
        }
        let saved = try? CredentialsStore(environment: environment).load(profile: connection.profile)
        return saved == nil ? "none" : "saved login (g2a-dash login)"
    }
}
