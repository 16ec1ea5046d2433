import Foundation

/// Items gathered from a `@Sendable` callback that runs on several tasks.
final class Collected<Item: Sendable>: @unchecked Sendable {  // all state behind `lock`
    private let lock = NSLock()
    private var storage: [Item] = []

    /// Adds an item and returns how many there are now.
    @discardableResult
    func append(_ item: Item) -> Int {
        lock.withLock {
            storage.append(item)
            return storage.count
        }
    }

    var items: [Item] { lock.withLock { storage } }
}
