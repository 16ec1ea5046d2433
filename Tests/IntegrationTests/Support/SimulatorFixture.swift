import Foundation
import GoToAssistAPI
import GoToAssistSimulator
import InMemoryLogging
import Logging

/// A simulator on a loopback port plus a live client pointed at it.
///
/// Every test gets its own simulator on port 0, so tests never share state or ports.
struct SimulatorFixture {
    let server: SimulatorServer
    let transport: AsyncHTTPClientTransport
    let logs: InMemoryLogHandler
    let logger: Logger
    let token: String

    static func start(_ configure: (inout SimulatorConfiguration) -> Void = { _ in }) async throws -> SimulatorFixture {
        var configuration = SimulatorConfiguration(tokens: ["it-token-SECRET"])
        configure(&configuration)
        let server = try await SimulatorServer.start(configuration, logger: Logger(label: "sim", factory: { _ in SwiftLogNoOpLogHandler() }))
        let logs = InMemoryLogHandler()
        var logger = Logger(label: "client", factory: { _ in logs })
        logger.logLevel = .trace
        return SimulatorFixture(server: server, transport: AsyncHTTPClientTransport(), logs: logs, logger: logger,
                                token: configuration.tokens.first ?? "")
    }

    /// A client with the fixture's token (or another), fast retries so failing paths stay quick.
    func client(token: String? = nil, authStyle: AuthStyle = .bearer, retry: RetryPolicy = RetryPolicy(baseDelay: 0.01, maxDelay: 0.05),
                tokens: (any TokenProvider)? = nil) throws -> GoToAssistClient {
        try GoToAssistClient(
            configuration: .init(baseURL: server.baseURL, authStyle: authStyle, retry: retry),
            tokens: tokens ?? StaticTokenProvider(token: token ?? self.token), transport: transport, logger: logger)
    }

    /// Calls a `/_sim/` control endpoint and returns the JSON answer.
    @discardableResult
    func control(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> Any {
        let data = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        let response = try await transport.send(HTTPRequestSpec(
            method: method, url: server.rootURL + "/_sim/" + path,
            headers: [("Content-Type", "application/json")], body: data.map { Array($0) }))
        guard (200...299).contains(response.status) else {
            throw APIError.from(status: response.status, body: response.body, retryAfter: nil)
        }
        if response.body.isEmpty { return [:] as [String: Any] }
        return try JSONSerialization.jsonObject(with: Data(response.body), options: [.fragmentsAllowed])
    }

    /// The API requests the simulator saw, as `METHOD path status`.
    func requestLog() async throws -> [(method: String, path: String, status: Int)] {
        let list = try await control("GET", "requests") as? [[String: Any]] ?? []
        return list.map { ($0["method"] as? String ?? "", $0["path"] as? String ?? "", $0["status"] as? Int ?? 0) }
    }

    /// The request log once `condition` holds (or after 5 s): the simulator writes a log entry
    /// only after the answer has gone out, so a just-finished call may not be there yet.
    func requestLog(until condition: ([(method: String, path: String, status: Int)]) -> Bool) async throws
        -> [(method: String, path: String, status: Int)]
    {
        let deadline = Date().addingTimeInterval(5)
        var log = try await requestLog()
        while !condition(log), Date() < deadline {
            await Task.yield()
            log = try await requestLog()
        }
        return log
    }

    /// Sends a raw request to the simulator with the fixture's token.
    func raw(_ method: String, _ pathAndQuery: String, body: String? = nil, token: String? = nil) async throws -> HTTPResponseData {
        var headers: [(name: String, value: String)] = [("Accept", "application/json")]
        headers.append(("Authorization", "Bearer \(token ?? self.token)"))
        if body != nil { headers.append(("Content-Type", "application/json")) }
        return try await transport.send(HTTPRequestSpec(method: method, url: server.baseURL + pathAndQuery, headers: headers,
                                                        body: body.map { Array($0.utf8) }))
    }

    func stop() async {
        await transport.shutdown()
        await server.stop()
    }

    var allLogText: String { logs.entries.map { "\($0.message) \($0.metadata)" }.joined(separator: "\n") }
}

/// Runs a test body with a fixture and always stops it.
func withSimulator(_ configure: (inout SimulatorConfiguration) -> Void = { _ in },
                   _ body: (SimulatorFixture) async throws -> Void) async throws {
    let fixture = try await SimulatorFixture.start(configure)
    do {
        try await body(fixture)
    } catch {
        await fixture.stop()
        throw error
    }
    await fixture.stop()
}

extension Date {
    static func minutesAgo(_ minutes: Double) -> Date { Date().addingTimeInterval(-minutes * 60) }
}
