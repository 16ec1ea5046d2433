import Dispatch

/// Runs blocking work (waiting for a child process, polling a screen) on a dispatch thread.
///
/// Swift's cooperative pool has one thread per core; a test that blocks one of them can starve
/// an in-process simulator that needs it to answer the very child the test waits for, which
/// stalled whole test runs on a two-core machine.
public func offload<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async {
            continuation.resume(with: Result { try work() })
        }
    }
}
