import Foundation
import Hummingbird

/// The sign-in page of the authorization-code grant: `GET`/`POST` `/oauth/v2/authorize` and
/// `/oauth/authorize` (API-FACTS §3.1; docs/API-DECISIONS.md "Authorization code").
///
/// A bad client or redirect is answered 400 on the page itself and never redirected (RFC 6749
/// §4.1.2.1), so a forged link cannot bounce a browser to an attacker's address.
struct AuthorizeController {
    let state: SimulatorState
    let clientID: String

    func addRoutes(to router: Router<SimulatorRequestContext>) {
        for path in ["oauth/v2/authorize", "oauth/authorize"] {
            router.get(RouterPath(path), use: show)
            router.post(RouterPath(path), use: submit)
        }
    }

    @Sendable func show(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let parameters = Self.query(request)
        do {
            _ = try AuthorizeRequest(parameters, clientID: clientID)
            return AuthorizePage.form(parameters: parameters, error: nil, status: .ok)
        } catch let failure as OAuthFailure {
            return AuthorizePage.refusal(failure.description)
        }
    }

    @Sendable func submit(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let form = try await RequestBodyReader.form(from: request)
        // The form carries the query along in hidden fields; the action URL keeps it too.
        var parameters = Self.query(request)
        for name in AuthorizeRequest.fieldNames where parameters[name] == nil {
            parameters[name] = form[name]
        }
        let authorize: AuthorizeRequest
        do {
            authorize = try AuthorizeRequest(parameters, clientID: clientID)
        } catch let failure as OAuthFailure {
            return AuthorizePage.refusal(failure.description)
        }
        guard let user = await state.signIn(username: form["username"] ?? "", password: form["password"] ?? "") else {
            return AuthorizePage.form(parameters: parameters, error: "Wrong email or password.", status: .ok)
        }
        let code = await state.issueCode(for: user, request: authorize)
        var answer = [("code", code)]
        if let value = authorize.state { answer.append(("state", value)) }
        let separator = authorize.redirectURI.contains("?") ? "&" : "?"
        let location = authorize.redirectURI + separator + answer.map { "\($0.0)=\(Self.encode($0.1))" }.joined(separator: "&")
        return Response(status: .found, headers: [.location: location, .cacheControl: "no-store"])
    }

    static func query(_ request: Request) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in request.uri.queryParameters { result[String(key)] = String(value) }
        return result
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
