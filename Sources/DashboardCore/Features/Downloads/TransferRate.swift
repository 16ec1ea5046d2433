import Foundation

/// Bytes per second over the last few seconds, from samples stamped by the injected clock.
///
/// A moving window rather than an average since the start, so the rate (and the time left)
/// follows a link that slows down or stalls; clock ticks add samples too, so a stalled
/// transfer reads 0 B/s instead of its last good rate.
public struct TransferRate: Equatable, Sendable {
    struct Sample: Equatable, Sendable {
        var time: Date
        var bytes: Int64
    }

    /// How far back the rate looks.
    public static let window: Double = 5
    /// Below this span the rate is not measured yet (one burst would read as a huge rate).
    public static let minimumSpan: Double = 0.5

    private var samples: [Sample] = []
    /// The rate, or nil until `minimumSpan` of samples exist.
    public private(set) var bytesPerSecond: Double?

    public init() {}

    /// Adds the running byte count at `time` and recomputes the rate.
    public mutating func record(_ bytes: Int64, at time: Date) {
        if let last = samples.last, last.time > time { return }
        samples.append(Sample(time: time, bytes: bytes))
        // Keep one sample at or before the window's start, so the span covers the whole window.
        let start = time.addingTimeInterval(-Self.window)
        while samples.count > 2, samples[1].time <= start { samples.removeFirst() }
        guard let first = samples.first, let last = samples.last else { return }
        let span = last.time.timeIntervalSince(first.time)
        bytesPerSecond = span >= Self.minimumSpan ? Double(max(0, last.bytes - first.bytes)) / span : bytesPerSecond
    }

    /// Forgets everything (a new batch of downloads starts).
    public mutating func reset() { self = TransferRate() }
}
