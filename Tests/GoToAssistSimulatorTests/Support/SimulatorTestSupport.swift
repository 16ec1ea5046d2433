import Foundation
import GoToAssistSimulator
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

/// Helpers shared by the simulator's router tests.
enum SimTest {
    /// 2026-01-01T00:00:00Z: pinning the sim clock makes generated data identical on every run.
    static let clockStart = Date(timeIntervalSince1970: 1_767_225_600)
    /// A window that contains every generated session.
    static let allTime = "fromTime=2025-10-01T00:00:00Z&toTime=2026-02-01T00:00:00Z"
    static let token = "sim-token"
    static let logger = Logger(label: "GoToAssistSimulatorTests") { _ in SwiftLogNoOpLogHandler() }

    /// A small, fast configuration with a generous rate limit unless a test wants otherwise.
    static func configuration(
        sessionCount: Int = 200, rateLimitPerSecond: Int = 10_000, scenario: SimulatorScenario = .standard
    ) -> SimulatorConfiguration {
        SimulatorConfiguration(
            sessionCount: sessionCount, scenario: scenario, rateLimitPerSecond: rateLimitPerSecond,
            seatlessTokens: ["seatless-token"], clockStart: clockStart
        )
    }

    /// Runs `body` against an in-process simulator built from `configuration`.
    static func withRouter<T: Sendable>(
        _ configuration: SimulatorConfiguration = SimTest.configuration(),
        _ body: @Sendable (any TestClientProtocol) async throws -> T
    ) async throws -> T {
        let app = buildSimulator(configuration, logger: logger)
        return try await app.test(.router) { client in try await body(client) }
    }
}

extension TestClientProtocol {
    /// Sends an authenticated API request under `/G2A/rest/v1`.
    func api(
        _ pathAndQuery: String, method: HTTPRequest.Method = .get, token: String? = SimTest.token, json: String? = nil
    ) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        if json != nil { headers[.contentType] = "application/json" }
        return try await execute(
            uri: "/G2A/rest/v1" + pathAndQuery, method: method, headers: headers,
            body: json.map { ByteBuffer(string: $0) }
        )
    }

    /// Sends a request to any path with an optional JSON body.
    func send(
        _ uri: String, method: HTTPRequest.Method = .get, json: String? = nil, headers: HTTPFields = [:]
    ) async throws -> TestResponse {
        var headers = headers
        if json != nil { headers[.contentType] = "application/json" }
        return try await execute(uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }

    /// POSTs a form-encoded body.
    func form(_ uri: String, _ fields: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        var headers = headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: fields))
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The body as a JSON object.
    func object(sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(body.readableBytesView), options: [.fragmentsAllowed])
        return try #require(value as? [String: Any], "not a JSON object: \(text.prefix(200))", sourceLocation: sourceLocation)
    }

    /// The body as a JSON array of objects.
    func array(sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        let value = try JSONSerialization.jsonObject(with: Data(body.readableBytesView), options: [.fragmentsAllowed])
        return try #require(value as? [[String: Any]], "not a JSON array: \(text.prefix(200))", sourceLocation: sourceLocation)
    }

    /// The `int_err_code` of an error envelope.
    func errorCode() throws -> String? {
        try object()["int_err_code"] as? String
    }
}

/// True when a decoded JSON value is a number (not a string or bool).
func isJSONNumber(_ value: Any?) -> Bool {
    guard let value, !(value is String) else { return false }
    return value is NSNumber || value is Int || value is Double
}
