import Foundation

/// Which wall-clock second each kind of time text may change in, so no second repaints much.
///
/// The idle budget is under 64 bytes per tick. One change (a digit, its cursor move and
/// colour) costs 20–50 bytes, so the budget holds only if the clock, the panes' "updated Ns
/// ago" labels and the running durations never change in the same second. Each gets its
/// own seconds (by the last digit): the clock steps at :00, the Sessions, Companies and
/// Recordings labels at seconds ending in 3, 5 and 7, and running durations avoid those,
/// stepping at most a second late. The ages shown stay within their 10-second steps.
public enum TickSlots {
    /// The last digit of the second at which a pane's label steps.
    static func slot(for pane: PaneID) -> Int { PaneRegistry.descriptor(pane).tickSlot }

    /// Last digits reserved for the clock (:00) and the labels.
    static let reserved: Set<Int> = Set([0] + PaneRegistry.all.map(\.tickSlot))

    /// The moment a pane's age label is computed at: the latest whole second at or before
    /// `now` whose last digit is the pane's slot.
    public static func labelTime(for pane: PaneID, now: Date) -> Date {
        let whole = now.timeIntervalSince1970.rounded(.down)
        let digit = Int(whole.truncatingRemainder(dividingBy: 10))
        let back = (digit - slot(for: pane) + 10) % 10
        return Date(timeIntervalSince1970: whole - Double(back))
    }

    /// The moment running durations are computed at: `now`, or just before its whole second
    /// when that second is reserved, so a step due then shows a second later.
    public static func durationTime(now: Date) -> Date {
        let whole = now.timeIntervalSince1970.rounded(.down)
        guard reserved.contains(Int(whole.truncatingRemainder(dividingBy: 10))) else { return now }
        return Date(timeIntervalSince1970: whole - 0.5)
    }
}
