/// A snapshot of an archive run for progress bars: overall bytes, rate, time left, and the
/// files being downloaded right now.
public struct ArchiveProgress: Sendable, Hashable {
    /// One file in flight.
    public struct ActiveFile: Sendable, Hashable {
        public var recordingId: String
        public var kind: ArchiveFileKind
        /// Bytes on disk so far, including any resumed from a `.part`.
        public var bytes: Int64
        /// The file's size, when known.
        public var total: Int64?
    }

    /// Recordings this run has to fetch (those complete on disk are not counted).
    public var recordingsTotal: Int
    /// Of those, archived or failed so far.
    public var recordingsDone: Int
    /// Files completed this run.
    public var filesDone: Int
    /// Bytes on disk of this run's files (complete ones, plus the active ones so far).
    public var bytesDone: Int64
    /// Known bytes to fetch: MP4 sizes from the links fetched so far plus the other files'
    /// sizes once their downloads start; an estimate grows it to every listed recording.
    public var bytesTotal: Int64
    /// Bytes actually received this run (excludes bytes resumed from `.part` files).
    public var bytesFetched: Int64
    /// Seconds since the downloads started.
    public var elapsed: Double
    public var activeFiles: [ActiveFile]

    /// Average bytes per second received this run.
    public var rate: Double { elapsed > 0 ? Double(bytesFetched) / elapsed : 0 }

    /// Seconds left at the average rate; nil before anything has arrived.
    public var secondsLeft: Double? {
        guard rate > 0 else { return nil }
        return Double(max(0, bytesTotal - bytesDone)) / rate
    }

    /// 0…1, by bytes.
    public var fraction: Double {
        bytesTotal > 0 ? min(1, Double(bytesDone) / Double(bytesTotal)) : 0
    }
}
