import Hummingbird

/// Rewrites a finished API response to exhibit a transport fault.
enum FaultInjector {
    static func apply(_ fault: SimulatorFault, to response: Response) async throws -> Response {
        let body = try await collect(response.body)
        var response = response
        switch fault {
        case .malformedJSON:
            // Half the document, then garbage: no JSON parser can accept it.
            var bytes = Array(body.prefix(max(1, body.count / 2)))
            bytes += Array(",\u{1}{\"trunc".utf8)
            response.status = .ok
            response.headers[.contentType] = "application/json; charset=utf-8"
            response.headers[.contentLength] = nil
            response.body = .init(byteBuffer: ByteBuffer(bytes: bytes))
        case .dropConnection:
            // Promise the full length, send half, then fail the write so the server closes the
            // connection mid-body; the client sees a short read, never a complete response.
            let half = Array(body.prefix(body.count / 2))
            response.body = ResponseBody(contentLength: body.count) { writer in
                try await writer.write(ByteBuffer(bytes: half))
                throw DroppedConnection()
            }
        case .slowBody:
            let chunkSize = max(16, body.count / 12)
            let chunks = stride(from: 0, to: body.count, by: chunkSize).map {
                Array(body[$0..<min(body.count, $0 + chunkSize)])
            }
            response.body = ResponseBody(contentLength: body.count) { writer in
                for chunk in chunks {
                    try await writer.write(ByteBuffer(bytes: chunk))
                    try await Task.sleep(for: .milliseconds(150))
                }
                try await writer.finish(nil)
            }
        case .expiredToken:
            break
        }
        return response
    }

    /// The error thrown mid-body to make the server abort the connection.
    struct DroppedConnection: Error {}

    /// Reads a response body fully; API bodies are small JSON documents.
    static func collect(_ body: ResponseBody) async throws -> [UInt8] {
        let collector = CollectingWriter()
        try await body.write(collector)
        return collector.bytes
    }

    private final class CollectingWriter: ResponseBodyWriter {
        var bytes: [UInt8] = []

        func write(_ buffer: ByteBuffer) async throws {
            bytes += buffer.readableBytesView
        }

        func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
