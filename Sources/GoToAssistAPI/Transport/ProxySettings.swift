import Foundation

/// Which proxy, if any, a request should go through, from the usual environment variables.
///
/// `HTTPS_PROXY`/`https_proxy` serve https URLs and `HTTP_PROXY`/`http_proxy` plain http ones;
/// `NO_PROXY`/`no_proxy` lists hosts or domain suffixes (or `*`) to reach directly. Loopback is
/// always direct: a local simulator must work behind a corporate proxy setting.
public struct ProxySettings: Sendable, Hashable {
    public struct Server: Sendable, Hashable {
        public var host: String
        public var port: Int
        public var username: String?
        public var password: String?
    }

    public var https: Server?
    public var http: Server?
    public var noProxy: [String]

    public init(https: Server? = nil, http: Server? = nil, noProxy: [String] = []) {
        self.https = https
        self.http = http
        self.noProxy = noProxy
    }

    /// Reads the proxy variables from an environment dictionary (pass `ProcessInfo.processInfo.environment`).
    public static func from(environment env: [String: String]) throws -> ProxySettings {
        func value(_ upper: String) -> String? {
            let v = env[upper.lowercased()] ?? env[upper]
            return (v?.isEmpty ?? true) ? nil : v
        }
        let noProxy = (value("NO_PROXY") ?? "")
            .split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty }
        return ProxySettings(
            https: try value("HTTPS_PROXY").map { try parse($0, variable: "HTTPS_PROXY") },
            http: try value("HTTP_PROXY").map { try parse($0, variable: "HTTP_PROXY") },
            noProxy: noProxy)
    }

    /// The proxy to use for a URL, or nil to connect directly.
    public func server(for url: ParsedURL) -> Server? {
        if url.isLoopback { return nil }
        let host = url.host.lowercased()
        for entry in noProxy {
            if entry == "*" { return nil }
            let suffix = entry.hasPrefix(".") ? String(entry.dropFirst()) : entry
            if host == suffix || host.hasSuffix("." + suffix) { return nil }
        }
        return url.scheme == "https" ? https : http
    }

    static func parse(_ text: String, variable: String) throws -> Server {
        let withScheme = text.contains("://") ? text : "http://" + text
        guard let url = ParsedURL(withScheme), url.scheme == "http" || url.scheme == "https" else {
            throw APIError.invalidRequest(message: "\(variable) is not a proxy URL (expected http://host:port)")
        }
        return Server(host: url.host, port: url.port, username: url.user, password: url.password)
    }
}
