import Foundation

/// Where an archive puts each file: `DIR/YYYY/MM/DD/<recordingId>.<ext>` by UTC start date.
///
/// The spec returns each recording's start time "to make it easier for the archiving script
/// to place recordings in directories based on date"; UTC keeps the folder of a recording the
/// same whichever time zone the archive job runs in.
public struct ArchiveLayout: Sendable, Hashable {
    /// The archive's root folder.
    public var root: String

    /// Folder for recordings whose start time the API did not give.
    public static let undatedFolder = "undated"
    /// The manifest's file name in the root folder.
    public static let manifestName = "manifest.jsonl"

    public init(root: String) {
        var trimmed = root
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.root = trimmed
    }

    /// The manifest's path.
    public var manifestPath: String { root + "/" + Self.manifestName }

    /// The path of a file relative to the root, e.g. `2026/11/28/900123.mp4`.
    public static func relativePath(recordingId: String, startTime: Date?, kind: ArchiveFileKind) -> String {
        folder(for: startTime) + "/" + safeName(recordingId) + "." + kind.rawValue
    }

    /// The absolute path of a file of the archive.
    public func path(_ relative: String) -> String { root + "/" + relative }

    /// The root of the archive a file path of this layout lies in: the path without its name
    /// and its date folder (`YYYY/MM/DD`, or `undated`).
    public static func root(ofFile path: String) -> String {
        var folder = (path as NSString).deletingLastPathComponent
        let levels = (folder as NSString).lastPathComponent == undatedFolder ? 1 : 3
        for _ in 0..<levels { folder = (folder as NSString).deletingLastPathComponent }
        return folder
    }

    /// The date folder (`YYYY/MM/DD`, UTC) of a start time.
    static func folder(for startTime: Date?) -> String {
        guard let startTime else { return undatedFolder }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: startTime)
        func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        return String(format: "%04d", c.year ?? 0) + "/" + two(c.month) + "/" + two(c.day)
    }

    /// A recording id as a file name: ids are numbers, but a server string must never climb
    /// out of the archive (`../`) or hide a file (`.x`), so anything else becomes `_`.
    public static func safeName(_ id: String) -> String {
        let allowed = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_")
        let cleaned = String(id.map { allowed.contains($0) ? $0 : "_" })
        return cleaned.isEmpty ? "_" : String(cleaned.prefix(200))
    }

    /// Creates the folder that will hold `path` (and its parents), flushing each new entry so
    /// the folders survive a power cut along with the files renamed into them.
    func ensureFolder(for path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        var missing: [String] = []
        var probe = folder
        while !probe.isEmpty, probe != "/", !FileManager.default.fileExists(atPath: probe) {
            missing.append(probe)
            probe = (probe as NSString).deletingLastPathComponent
        }
        guard !missing.isEmpty else { return }
        for dir in missing.reversed() {
            if mkdir(dir, 0o755) != 0, errno != EEXIST { throw DownloadError.writing(dir, errno: errno) }
            try PartFile.syncFolder(of: dir)
        }
    }
}
