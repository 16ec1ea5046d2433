/// When and how long to wait before sending an idempotent request again.
///
/// Only GET and PUT are ever retried: a POST that timed out may have started a session or
/// created a ticket, and a second one would do it twice.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    public var baseDelay: Double
    public var maxDelay: Double
    /// The longest `Retry-After` honoured; a longer one is surfaced as an error instead.
    public var maxRetryAfter: Double

    public init(maxAttempts: Int = 4, baseDelay: Double = 0.5, maxDelay: Double = 8, maxRetryAfter: Double = 30) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
    }

    /// No retries at all.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// Whether a method may be sent again without risk of doing something twice.
    public static func isRetryable(method: String) -> Bool {
        let m = method.uppercased()
        return m == "GET" || m == "PUT" || m == "HEAD"
    }

    /// The wait before attempt `attempt + 1` (attempt counts from 1): capped exponential backoff
    /// with full jitter, or the server's `Retry-After` when it gave one.
    public func delay(afterAttempt attempt: Int, retryAfter: Double?, jitter: Double) -> Double {
        if let retryAfter { return min(max(0, retryAfter), maxRetryAfter) }
        let ceiling = min(maxDelay, baseDelay * Double(1 << min(attempt - 1, 20)))
        return ceiling / 2 + ceiling / 2 * min(1, max(0, jitter))
    }
}
