import Foundation

/// The parts of an absolute http(s) URL that the client's rules look at.
public struct ParsedURL: Sendable, Hashable {
    public var scheme: String
    public var host: String
    public var port: Int
    public var path: String
    public var user: String?
    public var password: String?

    /// Parses an absolute http or https URL; nil for anything else, a port outside 1–65535
    /// included (NIO traps on one, so it must never get that far).
    public init?(_ text: String) {
        guard Self.problem(with: text) == nil, let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), let host = components.host
        else { return nil }
        self.scheme = scheme
        self.host = host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host
        self.port = components.port ?? (scheme == "https" ? 443 : 80)
        self.path = components.percentEncodedPath
        self.user = components.user
        self.password = components.password
    }

    /// Why `text` is not a usable http(s) URL, in a few words; nil when it is one.
    ///
    /// The one check for every URL setting (`base_url`, `token_url`, `--base-url`, …), so each
    /// of them is refused the same way, at load time, before anything connects.
    public static func problem(with text: String) -> String? {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased() else {
            return "is not a URL"
        }
        guard scheme == "http" || scheme == "https" else { return "must start with https:// or http://" }
        guard let host = components.host, !host.isEmpty else { return "has no host" }
        if let port = components.port, !(1...65_535).contains(port) {
            return "has port \(port), outside 1–65535"
        }
        if components.port == nil, let authority = Self.authority(of: text), authority.hasSuffix(":") {
            return "has an empty port"
        }
        return nil
    }

    /// The `host[:port]` part of a URL as written, for the checks URLComponents lets through.
    private static func authority(of text: String) -> Substring? {
        guard let start = text.range(of: "://")?.upperBound else { return nil }
        let rest = text[start...]
        let end = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        return rest[..<end]
    }

    /// Whether the host is this machine: `localhost`, 127.0.0.0/8 or ::1.
    public var isLoopback: Bool {
        let h = host.lowercased()
        if h == "localhost" || h.hasSuffix(".localhost") || h == "::1" { return true }
        let parts = h.split(separator: ".")
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// Refuses plain http to anything but loopback, before a secret is attached to a request.
    public func requireSecureForSecrets() throws {
        if scheme == "http" && !isLoopback { throw APIError.insecureTransport(host: host) }
    }
}
