import DashboardCore

/// A pane's title and freshness: `1 Sessions (42/120) /acme` and `updated 4s ago`.
///
/// Shared by the box of an open pane and the bar of a collapsed one. After a failed refresh the
/// freshness reads `stale · retry 2 · <error> · updated 3m ago` in the stale role, however old
/// the rows are, so data that failed to refresh is never shown as fresh.
struct PaneHeading {
    /// Number, name, row count and filter.
    var title: String
    /// How fresh the rows are, in `text.faint` or, after failures, `stale`.
    var freshness: Span

    /// Creates the heading of `pane`.
    ///
    /// - Parameters:
    ///   - count: the row count as shown, e.g. `120` or `42/120` when filtered.
    ///   - filter: the filter or search text, unsanitized (the user may have pasted anything).
    init(pane: PaneID, count: String, filter: String, refresh: RefreshStatus, context: RenderContext) {
        var title = "\(pane.number) \(pane.title) (\(count))"
        if !filter.isEmpty { title += " /" + TextSanitizer.sanitize(filter) }
        self.title = title
        freshness = Self.freshness(refresh, pane: pane, context: context)
    }

    private static func freshness(_ refresh: RefreshStatus, pane: PaneID, context: RenderContext) -> Span {
        let symbols = context.symbols
        // Each pane's label steps in its own second (TickSlots), never with the clock.
        let now = TickSlots.labelTime(for: pane, now: context.now)
        // An unanswered request counts every second: the user is waiting on it, not idle.
        let waiting = refresh.waitingText(now: context.now)
        guard refresh.isStale else {
            let label = refresh.lastSuccess == nil && waiting != nil ? nil : refresh.label(now: now)
            let text = [waiting, label].compactMap { $0 }.joined(separator: symbols.dot)
            return Span(symbols.plain(text), .textFaint)
        }
        var parts = [waiting, "stale", "retry \(refresh.failures)"].compactMap { $0 }
        if let error = refresh.lastError, !error.isEmpty { parts.append(TextSanitizer.sanitize(error)) }
        if let updated = refresh.updatedText(now: now) { parts.append(updated) }
        return Span(parts.joined(separator: symbols.dot), .stale)
    }
}
