import AsyncHTTPClient
import Foundation
import NIOCore

/// Delivers one session-status callback: POSTs a JSON body and reports whether a 2xx came back.
///
/// A value holding a closure so tests could substitute delivery; the live one uses the shared
/// AsyncHTTPClient with a short timeout and never retries (API-FACTS 6.3: fire and forget).
struct CallbackSender: Sendable {
    var send: @Sendable (_ url: String, _ body: Data) async -> Bool

    static let live = CallbackSender { url, body in
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "User-Agent", value: "GoToAssistSimulator")
        request.body = .bytes(ByteBuffer(bytes: body))
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(2))
            // Drain the body so the connection can be reused.
            _ = try? await response.body.collect(upTo: 64 * 1024)
            return (200..<300).contains(Int(response.status.code))
        } catch {
            return false
        }
    }
}
