/// The unguessable, expiring name of a recording file URL: `<id>-<expiry>-<signature>.<ext>`.
///
/// Stateless: the signature is a keyed hash of id, expiry and kind, so the server needs no table
/// of issued URLs and a URL stays valid across `/_sim/reset` until its 48 h are up.
struct RecordingFileToken: Sendable, Equatable {
    static let pathPrefix = "/_files/recordings/"

    var recordingId: Int
    var expiry: Int64
    var kind: RecordingFileKind
    var signature: String

    init(recordingId: Int, expiry: Int64, kind: RecordingFileKind, seed: UInt64) {
        self.recordingId = recordingId
        self.expiry = expiry
        self.kind = kind
        self.signature = Self.sign(recordingId: recordingId, expiry: expiry, kind: kind, seed: seed)
    }

    /// Parses a file name; `nil` when it is not of the expected form (the signature is checked later).
    init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."),
            let kind = RecordingFileKind(rawValue: String(fileName[fileName.index(after: dot)...]))
        else { return nil }
        let parts = fileName[..<dot].split(separator: "-")
        guard parts.count == 3, let id = Int(parts[0]), let expiry = Int64(parts[1]), parts[2].count == 32 else {
            return nil
        }
        self.recordingId = id
        self.expiry = expiry
        self.kind = kind
        self.signature = String(parts[2])
    }

    /// The URL path, to be appended to the server's root URL.
    var path: String {
        Self.pathPrefix + "\(recordingId)-\(expiry)-\(signature).\(kind.rawValue)"
    }

    func isAuthentic(seed: UInt64) -> Bool {
        signature == Self.sign(recordingId: recordingId, expiry: expiry, kind: kind, seed: seed)
    }

    private static func sign(recordingId: Int, expiry: Int64, kind: RecordingFileKind, seed: UInt64) -> String {
        let kindCode = UInt64(RecordingFileKind.allCases.firstIndex(of: kind) ?? 0)
        let a = SeededGenerator.hash(seed, UInt64(recordingId), UInt64(bitPattern: expiry), kindCode, 0xF11E)
        let b = SeededGenerator.hash(a, seed, 0x5EC2)
        return SeededGenerator.hex16(a) + SeededGenerator.hex16(b)
    }
}
