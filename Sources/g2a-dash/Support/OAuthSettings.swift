import DashboardConfig
import DashboardCore
import Foundation
import GoToAssistAPI
import Logging

/// The OAuth client (id, secret, token endpoint) for login and refresh.
///
/// Id and secret come from the environment (`G2A_CLIENT_ID`, `G2A_CLIENT_SECRET`) or the
/// config (`client_id`, `client_secret`), never from argv, which every user can read with `ps`.
struct OAuthSettings {
    var clientID: String
    var clientSecret: String?
    var tokenURL: String

    /// The public service's token endpoint (API-FACTS §3.1, OAuth v2 proxy).
    static let publicTokenURL = "https://api.getgo.com/oauth/v2/token"

    /// The settings for `baseURL`, or nil when no client id is configured anywhere.
    static func resolve(environment: [String: String], config: AppConfig, baseURL: String) -> OAuthSettings? {
        let id = nonEmpty(environment["G2A_CLIENT_ID"]) ?? nonEmpty(config.clientID)
        guard let id else { return nil }
        return OAuthSettings(
            clientID: id,
            clientSecret: nonEmpty(environment["G2A_CLIENT_SECRET"]) ?? nonEmpty(config.clientSecret),
            tokenURL: nonEmpty(environment["G2A_TOKEN_URL"]) ?? config.tokenURL ?? tokenURL(forBaseURL: baseURL))
    }

    /// `https://host[:port]/oauth/v2/token` for a base URL on that host; the public endpoint for
    /// the public API. The simulator serves the same path, so `--base-url` alone is enough for it.
    static func tokenURL(forBaseURL baseURL: String) -> String {
        guard let url = ParsedURL(baseURL), url.host != "api.getgo.com" else { return publicTokenURL }
        let defaultPort = url.scheme == "https" ? 443 : 80
        let host = url.host.contains(":") ? "[\(url.host)]" : url.host
        let authority = url.port == defaultPort ? host : "\(host):\(url.port)"
        return "\(url.scheme)://\(authority)/oauth/v2/token"
    }

    func client(transport: any HTTPTransport, logger: Logger) throws -> OAuthClient {
        try OAuthClient(tokenURL: tokenURL, clientID: clientID, clientSecret: clientSecret,
                        transport: transport, logger: logger)
    }

    /// The message for a command that needs a client id and has none.
    static let missingClientID = "no OAuth client id: set G2A_CLIENT_ID (and G2A_CLIENT_SECRET) or client_id in the config"

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }
}
