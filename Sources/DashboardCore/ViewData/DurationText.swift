import Foundation

/// Short human forms of times and durations, shared by panes and CLI tables.
public enum DurationText {
    /// A compact duration: `45s`, `12m03s`, `3h05m`, `2d04h`.
    ///
    /// With `running`, a duration past one minute is shown to the minute (`12m`): it is still
    /// growing, and per-second digits in every live row would repaint the screen each second.
    public static func compact(_ seconds: TimeInterval?, running: Bool = false) -> String {
        guard let seconds, seconds.isFinite else { return "" }
        let s = max(0, Int(seconds))
        if running, s >= 60, s < 3600 { return "\(s / 60)m" }
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        if s < 60 { return "\(s)s" }
        if s < 3600 { return "\(s / 60)m\(two(s % 60))s" }
        if s < 86_400 { return "\(s / 3600)h\(two(s % 3600 / 60))m" }
        return "\(s / 86_400)d\(two(s % 86_400 / 3600))h"
    }

    /// How long ago something happened, for "updated … ago" labels: `0s ago`, `20s ago`,
    /// `5m ago`, `2h ago`, `4d ago`, the number right-aligned in two columns (` 0s ago`).
    ///
    /// Seconds come in 10-second steps and the width stays the same, so on an idle screen a
    /// label changes at most every ten seconds and then by a digit or two (the idle-output
    /// budget); a pane that refreshes every few seconds reads a steady `0s`.
    public static func ago(_ seconds: TimeInterval) -> String {
        let s = max(0, Int(seconds))
        let number: String
        if s < 60 { number = "\(s / 10 * 10)s" } else if s < 3600 { number = "\(s / 60)m" } else if s < 86_400 {
            number = "\(s / 3600)h"
        } else {
            number = "\(s / 86_400)d"
        }
        return String(repeating: " ", count: max(0, 3 - number.count)) + number + " ago"
    }
}

/// Formats wall-clock times in a given time zone (local for people, UTC for scripts).
public struct TimeText: Sendable {
    private let zone: TimeZone

    public init(zone: TimeZone) { self.zone = zone }

    /// The local zone of the process.
    public static var local: TimeText { TimeText(zone: .current) }

    /// `2026-11-28 14:05:09`, or "" for nil.
    public func dateTime(_ date: Date?) -> String {
        guard let date else { return "" }
        let c = Calendar(identifier: .gregorian).dateComponents(in: zone, from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d",
                      c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    /// `14:05:09`, or "" for nil.
    public func time(_ date: Date?) -> String {
        guard let date else { return "" }
        let c = Calendar(identifier: .gregorian).dateComponents(in: zone, from: date)
        return String(format: "%02d:%02d:%02d", c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    /// `14:05`: the header clock, which changes once a minute so an idle screen stays still.
    public func hourMinute(_ date: Date) -> String {
        let c = Calendar(identifier: .gregorian).dateComponents(in: zone, from: date)
        return String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }

    /// `HH:MM:SS` for today, `MM-DD HH:MM` otherwise: what a list column needs.
    public func short(_ date: Date?, now: Date) -> String {
        guard let date else { return "" }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        if calendar.isDate(date, inSameDayAs: now) { return time(date) }
        let c = calendar.dateComponents(in: zone, from: date)
        return String(format: "%02d-%02d %02d:%02d", c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }
}
