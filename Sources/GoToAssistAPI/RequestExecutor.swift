import Foundation
import Logging

/// Sends one logical request under the client's rules: rate limit, retries, logging.
///
/// GET and PUT are retried on 429 (honouring `Retry-After`), 5xx and lost connections, with
/// capped exponential backoff and jitter. Anything else, POST above all, goes out exactly once.
struct RequestExecutor: Sendable {
    let transport: any HTTPTransport
    let limiter: RateLimiter?
    let retry: RetryPolicy
    let clock: ClientClock
    let logger: Logger
    let jitter: @Sendable () -> Double

    init(transport: any HTTPTransport, limiter: RateLimiter?, retry: RetryPolicy, clock: ClientClock,
         logger: Logger, jitter: @escaping @Sendable () -> Double = { Double.random(in: 0...1) }) {
        self.transport = transport
        self.limiter = limiter
        self.retry = retry
        self.clock = clock
        self.logger = logger
        self.jitter = jitter
    }

    /// Sends the request, retrying when that is safe; returns the last answer, whatever its status.
    func perform(_ request: HTTPRequestSpec) async throws -> HTTPResponseData {
        let retryable = RetryPolicy.isRetryable(method: request.method)
        let label = "\(request.method) \(Redaction.url(Self.pathAndQuery(request.url)))"
        var attempt = 0
        while true {
            attempt += 1
            try Task.checkCancellation()
            if let limiter { try await limiter.acquire() }
            let started = clock.monotonic()
            let canRetry = retryable && attempt < retry.maxAttempts
            do {
                let response = try await transport.send(request)
                let ms = Int((clock.monotonic() - started) * 1000)
                logger.debug("\(label) → \(response.status) in \(ms) ms", metadata: ["attempt": "\(attempt)"])
                let transient = response.status == 429 || (500...599).contains(response.status)
                guard transient, canRetry else { return response }
                let retryAfter = Self.retryAfter(response)
                if let retryAfter, retryAfter > retry.maxRetryAfter { return response }
                let wait = retry.delay(afterAttempt: attempt, retryAfter: retryAfter, jitter: jitter())
                logger.info("\(label) answered \(response.status); retrying in \(Self.seconds(wait))",
                            metadata: ["attempt": "\(attempt)"])
                try await clock.sleep(wait)
            } catch let error as APIError {
                guard case .transport = error, canRetry else {
                    logger.debug("\(label) failed: \(error)")
                    throw error
                }
                let wait = retry.delay(afterAttempt: attempt, retryAfter: nil, jitter: jitter())
                logger.info("\(label) failed (\(error)); retrying in \(Self.seconds(wait))",
                            metadata: ["attempt": "\(attempt)"])
                try await clock.sleep(wait)
            }
        }
    }

    /// `Retry-After` in seconds (the delta-seconds form; an HTTP-date is ignored).
    static func retryAfter(_ response: HTTPResponseData) -> Double? {
        guard let value = response.header("Retry-After")?.trimmingCharacters(in: .whitespaces),
              let seconds = Double(value), seconds >= 0
        else { return nil }
        return seconds
    }

    static func pathAndQuery(_ url: String) -> String {
        guard let scheme = url.range(of: "://"),
              let slash = url[scheme.upperBound...].firstIndex(of: "/")
        else { return url }
        return String(url[slash...])
    }

    static func seconds(_ value: Double) -> String {
        value < 1 ? "\(Int(value * 1000)) ms" : "\((value * 10).rounded() / 10) s"
    }
}
