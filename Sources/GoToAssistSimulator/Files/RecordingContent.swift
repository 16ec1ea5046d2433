/// The deterministic bytes of recording files, computable at any offset.
///
/// Each 64 KiB block comes from a generator seeded by (seed, recording, kind, block), so the server
/// streams multi-megabyte files without holding them, and tests compute the expected bytes or
/// SHA-256 of any range independently of the HTTP path.
public enum RecordingContent {
    /// The block size that content generation works in.
    public static let blockSize = 64 * 1024

    private static let mp4Header: [UInt8] = [
        0x00, 0x00, 0x00, 0x20, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6F, 0x6D, 0x00, 0x00, 0x02, 0x00,
        0x69, 0x73, 0x6F, 0x6D, 0x69, 0x73, 0x6F, 0x32, 0x61, 0x76, 0x63, 0x31, 0x6D, 0x70, 0x34, 0x31,
    ]
    private static let jpegStart: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0]
    private static let eventAlphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789 :,{}\"\n".utf8)

    /// The size in bytes of one file of a recording; the video is exactly `recordingSize`.
    public static func fileSize(_ kind: RecordingFileKind, recordingId: Int, recordingSize: Int, seed: UInt64) -> Int {
        let h = SeededGenerator.hash(seed, UInt64(recordingId), 0xF5)
        switch kind {
        case .video: return recordingSize
        case .events: return 4_096 + Int(h % 60_000)
        case .thumbnail: return 2_048 + Int((h >> 20) % 14_000)
        }
    }

    /// The bytes of `range` (default: all) of a file whose total size is `size`.
    public static func bytes(
        recordingId: Int, size: Int, seed: UInt64, range: Range<Int>? = nil, kind: RecordingFileKind = .video
    ) -> [UInt8] {
        let range = range ?? 0..<size
        precondition(range.lowerBound >= 0 && range.upperBound <= size, "range outside the file")
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        forEachChunk(recordingId: recordingId, size: size, seed: seed, range: range, kind: kind) { out += $0 }
        return out
    }

    /// The lowercase hex SHA-256 of a whole file.
    public static func sha256Hex(recordingId: Int, size: Int, seed: UInt64, kind: RecordingFileKind = .video) -> String {
        var hasher = SHA256()
        forEachChunk(recordingId: recordingId, size: size, seed: seed, range: 0..<size, kind: kind) {
            hasher.update($0)
        }
        return hasher.finalizeHex()
    }

    /// Calls `body` with consecutive chunks (at most one block each) that together make up `range`.
    static func forEachChunk(
        recordingId: Int, size: Int, seed: UInt64, range: Range<Int>, kind: RecordingFileKind,
        _ body: (ArraySlice<UInt8>) throws -> Void
    ) rethrows {
        var offset = range.lowerBound
        while offset < range.upperBound {
            let blockIndex = offset / blockSize
            let block = self.block(blockIndex, recordingId: recordingId, size: size, seed: seed, kind: kind)
            let start = offset - blockIndex * blockSize
            let end = min(block.count, range.upperBound - blockIndex * blockSize)
            try body(block[start..<end])
            offset = blockIndex * blockSize + end
        }
    }

    /// One whole block (shorter at the end of the file).
    static func block(_ index: Int, recordingId: Int, size: Int, seed: UInt64, kind: RecordingFileKind) -> [UInt8] {
        let start = index * blockSize
        let count = max(0, min(blockSize, size - start))
        let kindCode = UInt64(RecordingFileKind.allCases.firstIndex(of: kind) ?? 0)
        var rng = SeededGenerator(seed: SeededGenerator.hash(seed, UInt64(recordingId), kindCode, UInt64(index)))
        var bytes = [UInt8](repeating: 0, count: (count + 7) / 8 * 8)
        bytes.withUnsafeMutableBytes { raw in
            let words = raw.bindMemory(to: UInt64.self)
            for i in words.indices { words[i] = rng.next().littleEndian }
        }
        bytes.removeLast(bytes.count - count)
        switch kind {
        case .video:
            if index == 0 { overlay(&bytes, mp4Header, at: 0) }
        case .events:
            for i in bytes.indices { bytes[i] = eventAlphabet[Int(bytes[i]) % eventAlphabet.count] }
        case .thumbnail:
            if index == 0 { overlay(&bytes, jpegStart, at: 0) }
            let trailer = size - 2 - start
            if size >= 6, trailer >= 0, trailer < blockSize {
                overlay(&bytes, [0xFF, 0xD9], at: trailer)
            } else if size >= 6, trailer == -1 {
                bytes[0] = 0xD9
            }
        }
        return bytes
    }

    private static func overlay(_ bytes: inout [UInt8], _ header: [UInt8], at offset: Int) {
        for (i, byte) in header.enumerated() where offset + i < bytes.count && offset + i >= 0 {
            bytes[offset + i] = byte
        }
    }
}
