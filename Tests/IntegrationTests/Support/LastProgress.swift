import Foundation

/// The last value a progress callback reported.
final class LastProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Int64 = 0
    func set(_ value: Int64) { lock.withLock { current = value } }
    var value: Int64 { lock.withLock { current } }
}
