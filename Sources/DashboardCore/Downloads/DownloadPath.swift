import Foundation

/// Where a downloaded file goes: `DIR/YYYY/MM/DD/<recordingId>.<ext>`, by start time in UTC.
///
/// The same layout as the `archive` command's, so the dashboard and a cron job fill one tree
/// and neither downloads twice what the other has. Recording ids come from the API, so one
/// that would escape the directory (`../x`, `a/b`) or hide itself (`.x`) is written with those
/// characters replaced. A leading `~/` in `directory` is kept: expanding it is the job of
/// whatever writes the file.
public enum DownloadPath {
    /// Recordings without a known start time go here instead of a date folder.
    public static let undated = "undated"

    public static func path(directory: String, recordingId: String, startTime: Date?,
                            kind: DownloadFileKind) -> String {
        var base = directory
        while base.count > 1, base.hasSuffix("/") { base.removeLast() }
        return base + "/" + folder(for: startTime) + "/" + fileName(recordingId) + "." + kind.fileExtension
    }

    /// `2026/11/28` in UTC, or `undated`.
    public static func folder(for startTime: Date?) -> String {
        guard let startTime else { return undated }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: startTime)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return String(format: "%04d", parts.year ?? 0) + "/" + two(parts.month) + "/" + two(parts.day)
    }

    /// The id as a file name: anything but letters, digits, `-` and `_` becomes `_`.
    public static func fileName(_ recordingId: String) -> String {
        let safe = String(recordingId.unicodeScalars.map { scalar -> Character in
            let ok = scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_")
            return ok ? Character(scalar) : "_"
        })
        return safe.isEmpty ? "_" : safe
    }
}
