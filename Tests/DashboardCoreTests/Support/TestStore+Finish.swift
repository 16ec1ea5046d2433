import ConcurrencyExtras
import DashboardCore
import Testing

/// The end of a `TestStore` test: nothing received may go unasserted, nothing may keep running.
extension TestStore {
    /// Fails if actions were received but never asserted, or if effects are still running.
    ///
    /// Waits up to `timeout` (real time) for effects to end on their own first, since an effect
    /// that just sent its last action is still finishing. Then cancels whatever is left, so a
    /// failing test does not leak timers into the next. With `exhaustivity = .off` leftovers
    /// are tolerated.
    func finish(timeout: Duration = TestStoreTimeout.default,
                fileID: StaticString = #fileID, filePath: StaticString = #filePath,
                line: UInt = #line, column: UInt = #column) async {
        let location = sourceLocation(fileID, filePath, line, column)
        await Task.megaYield()
        let idle = await wait(timeout, until: { !self.hasEffectsInFlight })
        if exhaustivity == .on {
            let pending = received
            if !pending.isEmpty {
                fail("The store received \(pending.count) action(s) the test never asserted:\n"
                     + pending.map { "  • " + describe($0) }.joined(separator: "\n"), location)
            }
            if !idle {
                fail("Effects are still running at the end of the test:\n\(inFlightDescription)\n"
                     + "Send the action that cancels them, or call skipInFlightEffects() if that is intended.",
                     location)
            }
        }
        mailbox.setValue([])
        cancelAllEffects()
    }

    /// Cancels the running effects, for a test that does not care how they end (like TCA's).
    func skipInFlightEffects() async {
        await Task.megaYield()
        cancelAllEffects()
    }

    /// Reduces the actions received so far without asserting them, for a test that only cares
    /// about later steps; their effects start as usual.
    func skipReceivedActions() async {
        await Task.megaYield()
        while let next = takeReceived() { reduceUnchecked(next) }
    }
}
