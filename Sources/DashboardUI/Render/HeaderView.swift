import DashboardCore
import GoToAssistAPI

/// The top row: `g2a-dash · profile · host  DEMO  READ-ONLY  ◐ 3 waiting  ● 5 active … · 24h    14:05:09`.
///
/// Parts have priorities; when the row is too narrow the least important part goes first
/// (zero counts, then the host, finished-session counts, the profile…), whole, so nothing is
/// left half-cut. The clock always stays at the right edge.
enum HeaderView {
    /// One part of the header and how much it matters.
    private struct Part {
        var spans: [Span]
        var priority: Int
    }

    /// Draws the header into `rect` (one row).
    static func draw(in rect: Rect, context: RenderContext, into grid: inout Grid) {
        guard !rect.isEmpty else { return }
        let base = context.style(.header)
        grid.fill(rect, style: base)
        var parts = leftParts(context)
        let clock = Part(spans: [Span(context.time.hourMinute(context.now) + " ", .header)], priority: 95)
        let available = rect.width
        while !parts.isEmpty, parts.map(\.spans.width).reduce(clock.spans.width, +) > available {
            let lowest = parts.indices.min { parts[$0].priority < parts[$1].priority }!
            parts.remove(at: lowest)
        }
        var x = rect.x
        for part in parts {
            x += grid.put(part.spans, x: x, y: rect.y, maxWidth: rect.maxX - x, base: base, context: context)
        }
        let clockWidth = clock.spans.width
        if x + clockWidth <= rect.maxX {
            grid.put(
                clock.spans, x: rect.maxX - clockWidth, y: rect.y, maxWidth: clockWidth, base: base,
                context: context)
        }
    }

    private static func leftParts(_ context: RenderContext) -> [Part] {
        let state = context.state
        let dot = context.symbols.dot
        var parts = [Part(spans: [Span(" g2a-dash", .headerTitle)], priority: 100)]
        let profile = TextSanitizer.sanitize(state.settings.profileName)
        if !profile.isEmpty { parts.append(Part(spans: [Span(dot + profile, .header)], priority: 60)) }
        let host = TextSanitizer.sanitize(state.settings.host)
        if !host.isEmpty { parts.append(Part(spans: [Span(dot + host, .header)], priority: 30)) }
        if state.settings.isDemo {
            parts.append(Part(spans: [Span("  ", .header), Span(" DEMO ", .headerBadge)], priority: 80))
        }
        // Read-only outranks everything but the name: a technician who expects writes to work
        // must see at once why they don't.
        if state.settings.readOnly {
            parts.append(Part(spans: [Span("  ", .header), Span(" READ-ONLY ", .headerBadge)], priority: 98))
        }
        // Counts only once sessions have loaded: zeros before the first answer would be a lie.
        if state.sessions.refresh.lastSuccess != nil {
            parts += countParts(state.sessions.counts, symbols: context.symbols)
        }
        parts.append(Part(spans: [Span(dot + state.window.rawValue, .header)], priority: 70))
        return parts
    }

    /// Sessions per status, most urgent first; zero counts are the first thing to drop.
    private static func countParts(_ counts: [SessionStatus: Int], symbols: Symbols) -> [Part] {
        let shown: [(SessionStatus, ThemeRole, Int)] = [
            (.waiting, .statusWaiting, 90), (.active, .statusActive, 85),
            (.notStarted, .statusNotStarted, 50), (.complete, .statusComplete, 40),
            (.abandoned, .statusAbandoned, 45),
        ]
        var parts = shown.map { status, role, priority in
            let count = counts[status] ?? 0
            return Part(
                spans: [
                    Span("  ", .header), Span(symbols.mark(for: status), role),
                    Span(" \(count) \(SessionRow.word(for: status))", .header),
                ],
                priority: count == 0 ? priority / 10 : priority)
        }
        let others = counts.filter { !SessionStatus.allCases.contains($0.key) }.values.reduce(0, +)
        if others > 0 {
            parts.append(Part(spans: [Span("  ? \(others) other", .header)], priority: 35))
        }
        return parts
    }
}
