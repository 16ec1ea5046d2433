import Foundation

/// Short human forms of times and durations, shared by panes and CLI tables.
public enum DurationText {
    /// A compact duration: `45s`, `12m03s`, `3h05m`, `2d04h`.
    public static func compact(_ seconds: TimeInterval?) -> String {
        guard let seconds, seconds.isFinite else { return "" }
        let s = max(0, Int(seconds))
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        if s < 60 { return "\(s)s" }
        if s < 3600 { return "\(s / 60)m\(two(s % 60))s" }
        if s < 86_400 { return "\(s / 3600)h\(two(s % 3600 / 60))m" }
        return "\(s / 86_400)d\(two(s % 86_400 / 3600))h"
    }

    /// An age for "updated … ago" labels: `3s`, `5m`, `2h`, `4d`.
    public static func age(_ seconds: TimeInterval) -> String {
        let s = max(0, Int(seconds))
        if s < 60 { return "\(s)s" }
        if s < 3600 { return "\(s / 60)m" }
        if s < 86_400 { return "\(s / 3600)h" }
        return "\(s / 86_400)d"
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
