import Foundation

/// Info, warnings and errors for the status bar and the message log view.
public struct MessageLog: Equatable, Sendable {
    public enum Level: String, Sendable, Comparable, CaseIterable {
        case info, warn, error

        public static func < (a: Level, b: Level) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public struct Entry: Equatable, Sendable {
        public var level: Level
        /// Sanitized text.
        public var text: String
        public var time: Date
    }

    public private(set) var entries: [Entry] = []

    public static let capacity = 200
    /// How long a message stays in the status bar.
    public static let statusBarSeconds: Double = 8

    public init() {}

    /// Adds a message; API text is sanitized here, once, for every view that shows it.
    public mutating func post(_ level: Level, _ text: String, at time: Date) {
        entries.append(Entry(level: level, text: TextSanitizer.sanitize(text), time: time))
        if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
    }

    /// The message the status bar shows now, if a recent one exists.
    public func current(now: Date) -> Entry? {
        guard let last = entries.last, now.timeIntervalSince(last.time) < Self.statusBarSeconds else { return nil }
        return last
    }
}
