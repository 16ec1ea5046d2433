import Crypto
import Foundation

/// A PKCE verifier with its S256 challenge (RFC 7636), and the random `state` of one sign-in.
///
/// Both come from the system's secure random source; the verifier never leaves this process
/// except in the token request's body, which is never logged.
public struct PKCE: Sendable {
    /// 43 characters of base64url from 32 random bytes (RFC 7636 §4.1).
    public let verifier: String
    /// base64url(SHA-256(verifier)), sent in the authorize URL.
    public let challenge: String
    /// Binds the browser's answer to this sign-in (RFC 6749 §10.12).
    public let state: String

    /// A fresh verifier, challenge and state.
    public init() {
        self.init(verifier: Self.randomToken(), state: Self.randomToken())
    }

    /// A fixed verifier and state, for tests.
    public init(verifier: String, state: String) {
        self.verifier = verifier
        self.challenge = Self.base64URL(Data(SHA256.hash(data: Data(verifier.utf8))))
        self.state = state
    }

    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return base64URL(Data((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }))
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
