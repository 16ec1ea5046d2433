/// Shares one ``ArchiveLock`` per folder among a process's concurrent downloads.
///
/// The dashboard downloads several files at once into one folder; each taking its own
/// `flock` would shut the others out, so the first download into a folder takes the lock, the
/// others join it, and the last one to finish lets it go. Between downloads the folder is
/// free, so an `archive` run waiting for it gets in there, and a download started while the
/// run works fails at once with a line naming the run's pid rather than waiting unseen.
public actor ArchiveLockPool {
    private var held: [String: (lock: ArchiveLock, users: Int)] = [:]

    public init() {}

    /// Runs `body` while this process holds `folder`'s lock.
    ///
    /// - Throws: what ``ArchiveLock/take(folder:)`` throws (another process holds it, or the
    ///   lock file cannot be created), or what `body` throws.
    public func withLock<T: Sendable>(folder: String, _ body: @Sendable () async throws -> T) async throws -> T {
        if let entry = held[folder] {
            held[folder] = (entry.lock, entry.users + 1)
        } else {
            held[folder] = (try ArchiveLock.take(folder: folder), 1)
        }
        defer { leave(folder) }
        return try await body()
    }

    private func leave(_ folder: String) {
        guard let entry = held[folder] else { return }
        if entry.users > 1 {
            held[folder] = (entry.lock, entry.users - 1)
        } else {
            entry.lock.release()
            held[folder] = nil
        }
    }
}
