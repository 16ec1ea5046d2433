import ConcurrencyExtras
import DashboardCore
import Testing

/// Effects of a `TestStore`: run as real tasks, tracked by id, cancelled the way `Store` does.
extension TestStore {
    /// Starts an effect's tasks and honours its cancellations.
    ///
    /// Same rules as `Store`: a `.task` with an id cancels the running one with that id, and
    /// `.cancel(id)` cancels it; the actions a task sends queue up for `receive`.
    func execute(_ effect: Effect<Action>) {
        switch effect {
        case .none:
            break
        case .cancel(let id):
            running.removeValue(forKey: id)?.task.cancel()
            wake()
        case .merge(let effects):
            effects.forEach(execute)
        case .task(let id, let operation):
            let mailbox = mailbox
            let send = Send<Action> { [weak self] action in
                mailbox.withValue { $0.append(action) }
                // Wake a waiting `receive` later, on the main actor; the effect goes on now.
                Task { @MainActor [weak self] in self?.wake() }
            }
            generation += 1
            let current = generation
            // Detached, so an effect reaches its first sleep without queueing behind the main
            // actor (crowded when tests run in parallel); it hops back only to report.
            if let id {
                running.removeValue(forKey: id)?.task.cancel()
                running[id] = (current, Task.detached { [weak self] in
                    await operation(send)
                    await self?.finished(id, generation: current)
                })
            } else {
                anonymous[current] = Task.detached { [weak self] in
                    await operation(send)
                    await self?.forget(current)
                }
            }
        }
    }

    /// Whether any effect is still running.
    var hasEffectsInFlight: Bool { !running.isEmpty || !anonymous.isEmpty }

    /// Cancels every effect and forgets it.
    func cancelAllEffects() {
        for entry in running.values { entry.task.cancel() }
        for task in anonymous.values { task.cancel() }
        running.removeAll()
        anonymous.removeAll()
    }

    /// What is still running, for failure messages.
    var inFlightDescription: String {
        let ids = running.keys.map { "  • \($0)" }.sorted()
        let unnamed = anonymous.isEmpty ? [] : ["  • \(anonymous.count) effect(s) without an id"]
        return (ids + unnamed).joined(separator: "\n")
    }

    /// Forgets a finished effect without an id.
    private func forget(_ generation: Int) {
        anonymous.removeValue(forKey: generation)
        wake()
    }

    /// Forgets a finished effect, unless a newer one with the same id has replaced it.
    private func finished(_ id: EffectID, generation: Int) {
        if running[id]?.generation == generation { running.removeValue(forKey: id) }
        wake()
    }

    /// Resumes the pending wait if its condition now holds.
    func wake() {
        guard let waiter, waiter.ready() else { return }
        self.waiter = nil
        waiter.resume(true)
    }

    /// Suspends until `ready` holds (checked whenever an action arrives or an effect ends) or
    /// `timeout` of real time passes; returns whether it held. No polling.
    func wait(_ timeout: Duration, until ready: @escaping @MainActor () -> Bool) async -> Bool {
        if ready() { return true }
        let waiter = Waiter(ready: ready)
        self.waiter = waiter
        let timer = Task { @MainActor [weak self] in
            do { try await Task.sleep(for: timeout) } catch { return }
            if self?.waiter === waiter { self?.waiter = nil }
            waiter.resume(false)
        }
        // Only a wait that is taking long is nudged, and rarely: each zero advance yields the
        // cooperative pool many times, which an in-process simulator in another test needs.
        let nudge = whileWaiting.map { whileWaiting in
            Task {
                while !Task.isCancelled {
                    do { try await Task.sleep(for: .milliseconds(250)) } catch { return }
                    await whileWaiting()
                }
            }
        }
        let held = await withCheckedContinuation { waiter.attach($0) }
        timer.cancel()
        // Wait for the nudge to stop: a zero advance still running when the test advances the
        // clock itself would set the clock back to the instant it started from.
        nudge?.cancel()
        await nudge?.value
        return held
    }
}

/// One suspended wait of a `TestStore`, resumed once, either when its condition holds or on timeout.
@MainActor
final class Waiter {
    let ready: @MainActor () -> Bool
    var continuation: CheckedContinuation<Bool, Never>?
    private var result: Bool?

    init(ready: @escaping @MainActor () -> Bool) { self.ready = ready }

    /// Takes the continuation to resume, or resumes it at once if the wait already ended.
    func attach(_ continuation: CheckedContinuation<Bool, Never>) {
        if let result { continuation.resume(returning: result) } else { self.continuation = continuation }
    }

    func resume(_ value: Bool) {
        guard result == nil else { return }
        result = value
        continuation?.resume(returning: value)
        continuation = nil
    }
}
