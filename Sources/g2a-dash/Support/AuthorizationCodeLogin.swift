import Foundation
import GoToAssistAPI
import Logging

/// Sign-in with the authorization-code grant and PKCE, the way GoTo's identity service works.
///
/// `browser` listens on a loopback port and opens the authorize URL; `paste` is for a jump host
/// over SSH: the URL is printed, the technician signs in on any machine and pastes back the
/// address the browser ended on (a loopback address where nothing listens). Either way the code
/// and verifier only ever travel in the token request's body, never to the screen or the log.
struct AuthorizationCodeLogin {
    var oauth: OAuthSettings
    var environment: [String: String]
    var transport: any HTTPTransport
    var logger: Logger
    /// How long `browser` waits for the redirect.
    var timeout: Double = 300

    /// Listens on `127.0.0.1:port` (0: a free port), opens the browser and waits for the redirect.
    func browser(port: Int) async throws -> TokenSet {
        let pkce = PKCE()
        let listener = try await LoopbackRedirectListener.start(port: port, expectedState: pkce.state)
        defer { listener.stop() }
        let request = AuthorizationRequest(authorizeURL: oauth.authorizeURL, clientID: oauth.clientID,
                                           redirectURI: listener.redirectURI, pkce: pkce)
        // Without a display (SSH with `ssh -L`), the address is opened on the technician's own machine.
        let opened = BrowserOpener.hasDisplay(environment)
            ? BrowserOpener.open(request.url, environment: environment) : "no local display here; open it on your machine"
        Self.say("Sign in in your browser (\(opened)). If it did not open, open this address:\n\n  \(request.url)\n\n"
                 + "Waiting for the browser to come back to \(listener.redirectURI) …\n")
        guard let query = await listener.waitForCallback(timeout: timeout) else {
            throw CLIError.auth("login failed: the browser did not come back to \(listener.redirectURI) within \(Int(timeout)) s")
        }
        return try await redeem(try checked { try request.code(fromQuery: query) }, request)
    }

    /// Prints the authorize URL and reads back, with echo off, where the browser was sent.
    func paste() async throws -> TokenSet {
        // Nothing listens there: the browser shows a connection error, and its address bar holds the code.
        let redirect = "http://127.0.0.1:\(Int.random(in: 49_152...65_535))/callback"
        let request = AuthorizationRequest(authorizeURL: oauth.authorizeURL, clientID: oauth.clientID, redirectURI: redirect)
        Self.say("Open this address in a browser on any machine and sign in:\n\n  \(request.url)\n\n"
                 + "The browser then fails to load \(redirect)?code=… — that is expected.\n"
                 + "Copy the whole address from its address bar (or just the code) and paste it here.\n")
        guard let pasted = Prompt.secret("Address or code (not shown): ") else {
            throw CLIError.usage("login: no answer to \"Address or code\" (end of input)")
        }
        return try await redeem(try checked { try request.code(fromPasted: pasted) }, request)
    }

    private func checked(_ extract: () throws -> String) throws -> String {
        do {
            return try extract()
        } catch let refusal as AuthorizationRequest.Refusal {
            throw CLIError.auth("login failed: \(refusal.description)")
        }
    }

    private func redeem(_ code: String, _ request: AuthorizationRequest) async throws -> TokenSet {
        let client = try oauth.client(transport: transport, logger: logger)
        do {
            return try await client.authorizationCode(code, redirectURI: request.redirectURI, verifier: request.pkce.verifier)
        } catch APIError.invalidToken(let message) {
            throw CLIError.auth("login failed: \(message); the code may be used, expired (10 min) or from another sign-in — run login again")
        }
    }

    private static func say(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
