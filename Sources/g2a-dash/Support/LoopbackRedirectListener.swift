import Hummingbird
import Logging

/// Listens on `127.0.0.1` for the browser's redirect at the end of a sign-in (RFC 8252 §7.3).
///
/// It serves one path, `/callback`, hands the first query that arrives there to the waiting
/// login, and tells the browser to go back to the terminal. Its logger discards everything:
/// the query carries the authorization code, and a request log would put it on disk.
final class LoopbackRedirectListener: Sendable {
    /// Where the authorize URL sends the browser, e.g. `http://127.0.0.1:53124/callback`.
    let redirectURI: String
    private let callbacks: AsyncStream<[String: String]>
    private let task: Task<Void, Never>

    private init(redirectURI: String, callbacks: AsyncStream<[String: String]>, task: Task<Void, Never>) {
        self.redirectURI = redirectURI
        self.callbacks = callbacks
        self.task = task
    }

    /// Binds `127.0.0.1:port` (0 picks a free port) and starts answering.
    ///
    /// - Parameter expectedState: pages for a matching `state` say "signed in", others say why not.
    static func start(port: Int, expectedState: String) async throws -> LoopbackRedirectListener {
        let (callbacks, delivery) = AsyncStream.makeStream(of: [String: String].self, bufferingPolicy: .bufferingOldest(1))
        let (bound, boundDelivery) = AsyncStream.makeStream(of: Int.self)
        let router = Router()
        router.get("callback") { request, _ -> Response in
            var query: [String: String] = [:]
            for (key, value) in request.uri.queryParameters { query[String(key)] = String(value) }
            delivery.yield(query)
            let ok = query["state"] == expectedState && query["code"] != nil
            return LoopbackRedirectListener.page(ok ? "Signed in. You can close this tab and go back to the terminal."
                           : "This sign-in answer was not accepted; the terminal says why.")
        }
        let quiet = Logger(label: "g2a-dash.login.loopback") { _ in SwiftLogNoOpLogHandler() }
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: "g2a-dash"),
            onServerRunning: { channel in boundDelivery.yield(channel.localAddress?.port ?? port) },
            logger: quiet)
        let task = Task {
            try? await app.runService(gracefulShutdownSignals: [])
            boundDelivery.finish()
            delivery.finish()
        }
        var iterator = bound.makeAsyncIterator()
        guard let actual = await iterator.next() else {
            throw CLIError.failure("login: cannot listen on 127.0.0.1:\(port) for the browser's redirect (is the port in use?)")
        }
        return LoopbackRedirectListener(redirectURI: "http://127.0.0.1:\(actual)/callback", callbacks: callbacks, task: task)
    }

    /// The query of the first redirect, or nil when `timeout` seconds pass first.
    func waitForCallback(timeout: Double) async -> [String: String]? {
        let callbacks = self.callbacks
        return await withTaskGroup(of: [String: String]?.self) { group in
            group.addTask {
                var iterator = callbacks.makeAsyncIterator()
                return await iterator.next()
            }
            group.addTask {
                try? await Task.sleep(nanoseconds: UInt64(timeout * 1_000_000_000))
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }

    /// Stops listening.
    func stop() { task.cancel() }

    private static func page(_ message: String) -> Response {
        let html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>g2a-dash</title></head><body><p>\(message)</p></body></html>"
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                        body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
