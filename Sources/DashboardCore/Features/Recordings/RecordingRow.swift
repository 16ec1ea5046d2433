import Foundation
import GoToAssistAPI

/// One recording prepared for display: id, readiness and, when the links are known, start
/// time and size.
public struct RecordingRow: TableRow, Hashable {
    public enum Readiness: String, Sendable, Hashable {
        case download = "ready for download"
        case transcode = "ready for transcode"
    }

    public var key: String
    public var recordingId: String
    public var readiness: Readiness
    public var startTime: Date?
    public var size: Int64?

    public static let columns = ["RECORDING", "STATE", "STARTED", "SIZE"]

    public init(id: String, readiness: Readiness, download: RecordingDownload? = nil) {
        key = id
        recordingId = TextSanitizer.sanitize(id)
        self.readiness = readiness
        startTime = download?.recordingStartTime
        size = download?.recordingSize
    }

    public var cells: [String] { [recordingId, readiness.rawValue] }

    /// All columns in display order.
    public func displayCells(now: Date, time: TimeText) -> [String] {
        [recordingId, readiness.rawValue, time.short(startTime, now: now), size.map(ByteText.format) ?? ""]
    }

    public func sortValue(column index: Int) -> SortValue {
        switch index {
        case 0: Double(recordingId).map(SortValue.number) ?? .text(recordingId)
        case 1: .text(readiness.rawValue)
        case 2: startTime.map { .number($0.timeIntervalSince1970) } ?? .missing
        default: size.map { .number(Double($0)) } ?? .missing
        }
    }
}

/// Byte counts for people: `512 B`, `1.5 MiB`.
public enum ByteText {
    public static func format(_ bytes: Int64) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return unit == 0 ? "\(bytes) B" : String(format: value < 10 ? "%.1f " : "%.0f ", value) + units[unit]
    }
}
