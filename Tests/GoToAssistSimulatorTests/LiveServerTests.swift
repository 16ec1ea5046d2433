import AsyncHTTPClient
import Foundation
import GoToAssistSimulator
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// Tests against a real socket: start/stop on port 0, delivered status callbacks, churn.
struct LiveServerTests {
    static func request(
        _ url: String, method: String = "GET", json: String? = nil, token: String? = nil,
        timeout: TimeAmount = .seconds(10)
    ) async throws -> (status: Int, body: String) {
        var request = HTTPClientRequest(url: url)
        request.method = .init(rawValue: method)
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        if let json {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: json))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: timeout)
        let body = try await response.body.collect(upTo: 16 * 1024 * 1024)
        return (Int(response.status.code), String(buffer: body))
    }

    /// Waits for the first value of `stream`, failing after `seconds`.
    static func first<T: Sendable>(_ stream: AsyncStream<T>, within seconds: Int) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { await stream.first { _ in true } }
            group.addTask {
                try await Task.sleep(for: .seconds(seconds))
                return nil
            }
            defer { group.cancelAll() }
            guard let value = try await group.next() ?? nil else { throw Timeout() }
            return value
        }
    }

    struct Timeout: Error {}

    /// A tiny Hummingbird app that records every callback POSTed to `/hook`.
    static func receiver() -> (some ApplicationProtocol, AsyncStream<String>) {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self)
        let router = Router()
        router.post("hook") { request, _ -> HTTPResponse.Status in
            let body = try await request.body.collect(upTo: 1024 * 1024)
            continuation.yield(String(buffer: body))
            return .ok
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        return (app, stream)
    }

    @Test func serverStartsOnAnEphemeralPortDeliversCallbacksAndStops() async throws {
        let (receiver, callbacks) = Self.receiver()
        try await receiver.test(.live) { client in
            let hook = "http://127.0.0.1:\(try #require(client.port))/hook"
            let server = try await SimulatorServer.start(SimTest.configuration(), logger: SimTest.logger)
            #expect(server.port > 0)
            #expect(server.rootURL == "http://127.0.0.1:\(server.port)")
            #expect(server.baseURL == server.rootURL + "/G2A/rest/v1")
            #expect(server.partnerCallbackURL.hasPrefix(server.rootURL))

            let listed = try await Self.request(
                server.baseURL + "/sessions?sessionType=screen_sharing&\(SimTest.allTime)", token: "sim-token"
            )
            #expect(listed.status == 200)

            let links = try await Self.request(server.baseURL + "/systemLinks?systemDomain=\(server.partnerDomain)", token: "sim-token")
            #expect(links.body.contains(server.partnerCallbackURL))
            #expect(links.body.contains(server.partnerUserToken))

            let created = try await Self.request(
                server.rootURL + "/_sim/sessions", method: "POST",
                json: #"{"status":"notStarted","sessionStatusCallbackUrl":"\#(hook)"}"#
            )
            #expect(created.status == 201)
            let token = try #require(
                (try JSONSerialization.jsonObject(with: Data(created.body.utf8)) as? [String: Any])?["sessionToken"] as? String
            )
            _ = try await Self.request(server.rootURL + "/_sim/sessions/\(token)/advance", method: "POST")
            let delivered = try await Self.first(callbacks, within: 10)
            let payload = try #require(try JSONSerialization.jsonObject(with: Data(delivered.utf8)) as? [String: Any])
            #expect(payload["status"] as? String == "waiting")
            #expect(isJSONNumber(payload["sessionId"]))
            #expect(payload["startedAt"] is String)

            // The log marks the attempt delivered once the receiver's 200 has come back.
            let deadline = ContinuousClock.now + .seconds(10)
            var logged = false
            while !logged, ContinuousClock.now < deadline {
                let log = try await Self.request(server.rootURL + "/_sim/callbacks")
                logged = log.body.contains(#""delivered":true"#)
                if !logged { await Task.yield() }
            }
            #expect(logged)
            await server.stop()
            await server.stop()
            await server.waitUntilStopped()
            // AsyncHTTPClient keeps retrying a refused connect until the deadline, so keep it short.
            await #expect(throws: (any Error).self) {
                _ = try await Self.request(server.rootURL + "/_sim/clock", timeout: .milliseconds(500))
            }
        }
    }

    @Test func droppedConnectionFaultCutsTheResponseShort() async throws {
        var configuration = SimTest.configuration()
        configuration.fault = .dropConnection
        let server = try await SimulatorServer.start(configuration, logger: SimTest.logger)
        await #expect(throws: (any Error).self) {
            _ = try await Self.request(server.baseURL + "/companies", token: "sim-token")
        }
        await server.stop()
    }

    @Test func churnStartsApiCreatedSessionsInTheBackground() async throws {
        var configuration = SimTest.configuration()
        configuration.churn = 4
        let server = try await SimulatorServer.start(configuration, logger: SimTest.logger)
        let created = try await Self.request(
            server.baseURL + "/sessions", method: "POST", json: #"{"sessionType":"screen_sharing"}"#, token: "sim-token"
        )
        let start = try #require(
            (try JSONSerialization.jsonObject(with: Data(created.body.utf8)) as? [String: Any])?["startScreenSharing"]
                as? [String: Any]
        )
        let token = try #require(start["sessionToken"] as? String)
        // Jump the sim clock past the auto-start delay; the next churn tick starts the session.
        _ = try await Self.request(server.rootURL + "/_sim/clock/advance", method: "POST", json: #"{"seconds": 5}"#)
        let deadline = ContinuousClock.now + .seconds(10)
        var status = "notStarted"
        while status == "notStarted", ContinuousClock.now < deadline {
            let session = try await Self.request(server.baseURL + "/sessions/\(token)", token: "sim-token")
            status = ((try JSONSerialization.jsonObject(with: Data(session.body.utf8)) as? [String: Any])?["status"] as? String) ?? ""
            if status == "notStarted" { try await Task.sleep(for: .milliseconds(50)) }
        }
        #expect(status != "notStarted")
        await server.stop()
    }
}
