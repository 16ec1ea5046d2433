/// A session recording in the archive.
struct Recording: Sendable {
    var id: Int
    var startTime: Int64
    /// Bytes of the MP4 file.
    var size: Int
    var unattended: Bool
    /// Set for unattended recordings only (API-FACTS 6.6).
    var companyId: Int?
    var userKey: String
    var archived: Bool
    /// `false` means the recording is listed as ready for transcode instead.
    var readyForDownload: Bool
}
