import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The live transport, on AsyncHTTPClient: timeouts, proxies, no redirect following.
///
/// Redirects are never followed because `GET /session` answers with a 302 whose `Location` is
/// the result, and because following a redirect could carry a token to another host.
public final class AsyncHTTPClientTransport: HTTPTransport {
    private let direct: HTTPClient
    private let viaProxy: [ProxySettings.Server: HTTPClient]
    private let proxy: ProxySettings
    private let requestTimeout: TimeAmount
    private let maxBodyBytes: Int
    /// The configured timeouts in whole seconds, for the "no answer in 15 s" message.
    private let connectSeconds: Int64
    private let answerSeconds: Int64

    /// How long a connection may take by default: a healthy API host answers in well under one.
    public static let defaultConnectTimeout: Duration = .seconds(5)
    /// How long the first byte of an answer (and each later pause) may take by default.
    public static let defaultAnswerTimeout: Duration = .seconds(15)

    /// Creates the transport.
    /// - Parameters:
    ///   - connectTimeout: how long to wait for a TCP/TLS connection.
    ///   - readTimeout: how long the answer may take to start, and may stall between bytes
    ///     (the time to first byte); downloads have their own, longer one in `FileDownloader`.
    ///   - requestTimeout: the deadline for a whole request.
    ///   - maxBodyBytes: the largest response body collected in memory.
    public init(
        proxy: ProxySettings = ProxySettings(),
        connectTimeout: Duration = AsyncHTTPClientTransport.defaultConnectTimeout,
        readTimeout: Duration = AsyncHTTPClientTransport.defaultAnswerTimeout,
        requestTimeout: Duration = .seconds(60),
        maxBodyBytes: Int = 256 * 1024 * 1024
    ) {
        func amount(_ d: Duration) -> TimeAmount {
            .nanoseconds(d.components.seconds * 1_000_000_000 + d.components.attoseconds / 1_000_000_000)
        }
        func configuration(_ server: ProxySettings.Server?) -> HTTPClient.Configuration {
            var config = HTTPClient.Configuration(
                redirectConfiguration: .disallow,
                timeout: .init(connect: amount(connectTimeout), read: amount(readTimeout)))
            // The executor's retry policy decides about retries; AHC's own connect retries would
            // keep a refused connection waiting for the whole connect timeout on every attempt.
            config.connectionPool.retryConnectionEstablishment = false
            if let server {
                let auth = server.username.map {
                    HTTPClient.Authorization.basic(username: $0, password: server.password ?? "")
                }
                config.proxy = .server(host: server.host, port: server.port, authorization: auth)
            }
            return config
        }
        self.proxy = proxy
        self.direct = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration(nil))
        var clients: [ProxySettings.Server: HTTPClient] = [:]
        for server in [proxy.https, proxy.http].compactMap({ $0 }) where clients[server] == nil {
            clients[server] = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration(server))
        }
        self.viaProxy = clients
        self.requestTimeout = amount(requestTimeout)
        self.maxBodyBytes = maxBodyBytes
        self.connectSeconds = connectTimeout.components.seconds
        self.answerSeconds = readTimeout.components.seconds
    }

    public func send(_ request: HTTPRequestSpec) async throws -> HTTPResponseData {
        let (client, outgoing) = try prepare(request)
        do {
            let response = try await client.execute(outgoing, timeout: requestTimeout)
            let body = try await response.body.collect(upTo: maxBodyBytes)
            return HTTPResponseData(
                status: Int(response.status.code),
                headers: response.headers.map { (name: $0.name, value: $0.value) },
                body: Array(buffer: body))
        } catch let error as APIError {
            throw error
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw mapped(error)
        }
    }

    /// The `APIError` for a failure of AsyncHTTPClient: timeouts as `noAnswer` (not retried),
    /// a header HTTP cannot carry as an invalid request (never retried, never quoted), the rest
    /// as a transport error.
    func mapped(_ error: any Error) -> APIError {
        if let error = error as? HTTPClientError {
            switch error {
            case .connectTimeout: return .noAnswer(message: "no connection in \(connectSeconds) s")
            case .readTimeout: return .noAnswer(message: "no answer in \(answerSeconds) s")
            default: break
            }
        }
        if "\(error)".contains("invalidHeaderField") {
            return .invalidRequest(message: "a request header holds characters HTTP does not allow (check the token)")
        }
        return .transport(message: Self.describe(error))
    }

    /// Streams a response body to a handler chunk by chunk, for downloads of any size.
    ///
    /// The handler sees the status and headers first; it returns false to stop reading (for
    /// example on a non-2xx status). Memory stays flat whatever the file size.
    public func stream(
        _ request: HTTPRequestSpec,
        head: @Sendable (Int, [(name: String, value: String)]) async throws -> Bool,
        chunk: @Sendable ([UInt8]) async throws -> Void
    ) async throws {
        let (client, outgoing) = try prepare(request)
        do {
            let response = try await client.execute(outgoing, deadline: .distantFuture)
            let headers = response.headers.map { (name: $0.name, value: $0.value) }
            guard try await head(Int(response.status.code), headers) else { return }
            for try await buffer in response.body {
                try await chunk(Array(buffer: buffer))
            }
        } catch let error as APIError {
            throw error
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            if Task.isCancelled { throw CancellationError() }
            throw APIError.transport(message: Self.describe(error))
        }
    }

    /// Closes every connection; call once before the process exits.
    public func shutdown() async {
        try? await direct.shutdown()
        for client in viaProxy.values { try? await client.shutdown() }
    }

    private func prepare(_ request: HTTPRequestSpec) throws -> (HTTPClient, HTTPClientRequest) {
        guard let url = ParsedURL(request.url) else {
            throw APIError.invalidRequest(message: "not an http(s) URL: \(Redaction.url(request.url))")
        }
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for header in request.headers { outgoing.headers.add(name: header.name, value: header.value) }
        if let body = request.body { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
        let client = proxy.server(for: url).flatMap { viaProxy[$0] } ?? direct
        return (client, outgoing)
    }

    /// Describes a network failure in one line, without URLs (they may carry secrets).
    static func describe(_ error: any Error) -> String {
        if let error = error as? HTTPClientError {
            switch error {
            case .connectTimeout: return "connection timed out"
            case .readTimeout: return "read timed out"
            case .deadlineExceeded: return "request timed out"
            case .remoteConnectionClosed: return "connection closed by the server"
            default: return Redaction.errorText("\(error)").prefix(120).description
            }
        }
        let text = Redaction.errorText("\(error)")
        if text.contains("connectionRefused") || text.contains("Connection refused") { return "connection refused" }
        return String(text.prefix(160))
    }
}
