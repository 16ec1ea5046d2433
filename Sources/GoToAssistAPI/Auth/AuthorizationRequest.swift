import Foundation

/// The authorize URL of one authorization-code sign-in, and the check of what came back.
///
/// The code and state arrive as the query of the redirect: from the loopback listener, or pasted
/// by the technician (the whole address or just the code). A state that does not match means an
/// old tab or a forged link, and the code is not used (RFC 6749 §10.12).
public struct AuthorizationRequest: Sendable {
    public let authorizeURL: String
    public let clientID: String
    public let redirectURI: String
    public let pkce: PKCE

    public init(authorizeURL: String, clientID: String, redirectURI: String, pkce: PKCE = PKCE()) {
        self.authorizeURL = authorizeURL
        self.clientID = clientID
        self.redirectURI = redirectURI
        self.pkce = pkce
    }

    /// The address to open in a browser.
    public var url: String {
        let query = QueryString.encode([
            ("response_type", "code"), ("client_id", clientID), ("redirect_uri", redirectURI),
            ("state", pkce.state), ("code_challenge", pkce.challenge), ("code_challenge_method", "S256"),
        ])
        return authorizeURL + (authorizeURL.contains("?") ? "&" : "?") + query
    }

    /// Why a redirect or a pasted answer was refused; the text never contains the code.
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        public let description: String
    }

    /// The code from a redirect query (`code=…&state=…`) after checking `state`.
    public func code(fromQuery query: [String: String]) throws(Refusal) -> String {
        if let error = query["error"] {
            throw Refusal(description: "the sign-in was refused: \(error)" + (query["error_description"].map { " (\($0))" } ?? ""))
        }
        guard let code = query["code"], !code.isEmpty else {
            throw Refusal(description: "the address has no code= parameter")
        }
        guard query["state"] == pkce.state else {
            throw Refusal(description: "the address belongs to another or an older sign-in (state does not match); start login again")
        }
        return code
    }

    /// The code from what the technician pasted: the address the browser was sent to, or just
    /// the code (then there is no state to check, and the PKCE verifier still binds it).
    public func code(fromPasted text: String) throws(Refusal) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw Refusal(description: "nothing was pasted") }
        guard trimmed.contains("=") || trimmed.contains("?") else { return trimmed }
        let query = trimmed.split(separator: "?", maxSplits: 1).last.map(String.init) ?? trimmed
        return try code(fromQuery: QueryString.decode(String(query.prefix { $0 != "#" })))
    }
}
