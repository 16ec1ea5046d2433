import Foundation

/// The parts of an absolute http(s) URL that the client's rules look at.
public struct ParsedURL: Sendable, Hashable {
    public var scheme: String
    public var host: String
    public var port: Int
    public var path: String
    public var user: String?
    public var password: String?

    /// Parses an absolute http or https URL; nil for anything else.
    public init?(_ text: String) {
        guard let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty
        else { return nil }
        self.scheme = scheme
        self.host = host.hasPrefix("[") ? String(host.dropFirst().dropLast()) : host
        self.port = components.port ?? (scheme == "https" ? 443 : 80)
        self.path = components.percentEncodedPath
        self.user = components.user
        self.password = components.password
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
