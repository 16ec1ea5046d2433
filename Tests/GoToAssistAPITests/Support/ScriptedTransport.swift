import Foundation
@testable import GoToAssistAPI

/// A transport that answers from a script and records every request it was given.
final class ScriptedTransport: HTTPTransport, @unchecked Sendable {
    enum Step {
        case respond(Int, String, [(String, String)] = [])
        case fail(APIError)
    }

    private let lock = NSLock()
    private var steps: [Step]
    private var fallback: Step?
    private(set) var sent: [HTTPRequestSpec] = []

    init(_ steps: [Step], otherwise fallback: Step? = nil) {
        self.steps = steps
        self.fallback = fallback
    }

    var requests: [HTTPRequestSpec] { lock.withLock { sent } }

    func send(_ request: HTTPRequestSpec) async throws -> HTTPResponseData {
        let step: Step = lock.withLock {
            sent.append(request)
            if !steps.isEmpty { return steps.removeFirst() }
            return fallback ?? .respond(599, "script exhausted")
        }
        switch step {
        case .respond(let status, let body, let headers):
            return HTTPResponseData(status: status, headers: headers.map { (name: $0.0, value: $0.1) },
                                    body: Array(body.utf8))
        case .fail(let error):
            throw error
        }
    }
}

/// A clock whose sleeps return at once and move time forward, recording how long each was.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var seconds: Double = 0
    private var wall: Date
    private(set) var sleepsTaken: [Double] = []

    init(now: Date = Date(timeIntervalSince1970: 1_800_000_000)) { wall = now }

    var sleeps: [Double] { lock.withLock { sleepsTaken } }

    func advance(_ delta: Double) {
        lock.withLock {
            seconds += delta
            wall = wall.addingTimeInterval(delta)
        }
    }

    var clock: ClientClock {
        ClientClock(
            monotonic: { [self] in lock.withLock { seconds } },
            now: { [self] in lock.withLock { wall } },
            sleep: { [self] delta in
                lock.withLock { sleepsTaken.append(delta) }
                advance(delta)
            })
    }
}

enum Fixtures {
    static let base = "https://api.example.test/G2A/rest/v1"

    static func client(_ transport: ScriptedTransport, clock: ManualClock = ManualClock(),
                       tokens: any TokenProvider = StaticTokenProvider(token: "tok-SECRET-123"),
                       authStyle: AuthStyle = .bearer, logger: Logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })) throws -> GoToAssistClient {
        try GoToAssistClient(configuration: .init(baseURL: base, authStyle: authStyle), tokens: tokens,
                             transport: transport, logger: logger, clock: clock.clock)
    }
}

import Logging
