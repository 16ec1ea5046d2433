import Foundation
import Hummingbird

/// The token endpoints: `/oauth/v2/token` and `/oauth/token` (Basic client auth, v2 response) and
/// the legacy `/oauth/access_token` (client id only, string `expires_in`). The sign-in form that
/// hands out authorization codes is `AuthorizeController`.
struct OAuthController {
    let state: SimulatorState
    let clientID: String
    let clientSecret: String

    func addRoutes(to router: Router<SimulatorRequestContext>) {
        router.post("oauth/v2/token", use: token)
        router.post("oauth/token", use: token)
        router.get("oauth/access_token", use: legacy)
        router.post("oauth/access_token", use: legacy)
    }

    @Sendable func token(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let form = try await RequestBodyReader.form(from: request)
        let client = Self.basicCredentials(request) ?? (form["client_id"], form["client_secret"])
        guard client.0 == clientID, client.1 == clientSecret else { return Self.failure(.invalidClient) }
        var checked = form
        checked["client_id"] = clientID
        return await respond(to: checked, legacy: false)
    }

    @Sendable func legacy(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        var form = try await RequestBodyReader.form(from: request)
        for (key, value) in request.uri.queryParameters where form[String(key)] == nil {
            form[String(key)] = String(value)
        }
        let client = Self.basicCredentials(request)?.0 ?? form["client_id"]
        guard client == clientID else { return Self.failure(.invalidClient) }
        form["client_id"] = clientID
        return await respond(to: form, legacy: true)
    }

    private func respond(to form: [String: String], legacy: Bool) async -> Response {
        do {
            let grant = try Self.grant(from: form)
            let response = try await state.grant(grant, legacyLifetime: legacy)
            var http = JSONResponse.make(response, stringifyIDs: false)
            http.headers[.cacheControl] = "no-store"
            return http
        } catch let failure as OAuthFailure {
            return Self.failure(failure)
        } catch {
            return Self.failure(.invalidRequest("Malformed token request"))
        }
    }

    static func grant(from form: [String: String]) throws -> TokenGrant {
        func field(_ name: String) throws -> String {
            guard let value = form[name], !value.isEmpty else { throw OAuthFailure.invalidRequest("Missing \(name)") }
            return value
        }
        switch form["grant_type"] {
        case "password":
            let username = try form["username"].flatMap { $0.isEmpty ? nil : $0 } ?? field("user_id")
            return .password(username: username, password: try field("password"))
        case "refresh_token":
            return .refreshToken(try field("refresh_token"))
        case "personal_access_token":
            return .personalAccessToken(try field("pat"))
        case "authorization_code":
            return .authorizationCode(
                code: try field("code"), redirectURI: try field("redirect_uri"), verifier: try field("code_verifier"),
                clientID: form["client_id"] ?? "")
        case nil, "":
            throw OAuthFailure.invalidRequest("Missing grant_type")
        case let other?:
            throw OAuthFailure(status: 400, error: "unsupported_grant_type", description: "Unsupported grant_type \(other)")
        }
    }

    /// The (id, secret) pair from `Authorization: Basic base64(id:secret)`.
    static func basicCredentials(_ request: Request) -> (String?, String?)? {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("basic "),
            let data = Data(base64Encoded: String(header.dropFirst(6)).trimmingCharacters(in: .whitespaces))
        else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        return (String(parts[0]), String(parts[1]))
    }

    static func failure(_ failure: OAuthFailure) -> Response {
        JSONResponse.make(
            WireOAuthError(error: failure.error, error_description: failure.description),
            status: HTTPResponse.Status(code: failure.status), stringifyIDs: false
        )
    }
}
