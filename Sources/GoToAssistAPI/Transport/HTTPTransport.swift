/// One HTTP request, as the client hands it to a transport.
public struct HTTPRequestSpec: Sendable {
    public var method: String
    public var url: String
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]?

    public init(method: String, url: String, headers: [(name: String, value: String)] = [], body: [UInt8]? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// One complete HTTP answer.
public struct HTTPResponseData: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(status: Int, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of a header, matched case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// Sends requests; the seam between the client's rules and the network.
///
/// The live implementation is `AsyncHTTPClientTransport`; tests may pass a scripted one to
/// exercise retries and error mapping without a socket.
public protocol HTTPTransport: Sendable {
    /// Sends a request and collects the whole answer (up to the transport's size cap).
    /// Throws `APIError.transport` when no answer arrives.
    func send(_ request: HTTPRequestSpec) async throws -> HTTPResponseData
}
