import Hummingbird

/// Serves recording files (MP4, `.events`, JPEG thumbnail) from signed, expiring URLs, with
/// `Range` support; no token needed, not rate-limited (API-FACTS 8b).
struct RecordingFilesController {
    let state: SimulatorState
    let seed: UInt64

    func addRoutes(to router: Router<SimulatorRequestContext>) {
        router.get("_files/recordings/:file", use: file)
    }

    @Sendable func file(_ request: Request, context: SimulatorRequestContext) async throws -> Response {
        let name = context.parameters.get("file") ?? ""
        guard let token = RecordingFileToken(fileName: name), let size = await state.recordingFileSize(token) else {
            throw SimulatorError.notFound("No such file, or the link has expired")
        }
        var headers: HTTPFields = [
            .contentType: Self.contentType(token.kind), .acceptRanges: "bytes",
        ]
        var range = 0..<size
        var status = HTTPResponse.Status.ok
        if let header = request.headers[.range] {
            switch ByteRange.parse(header, size: size) {
            case .satisfiable(let requested):
                range = requested
                status = .partialContent
                headers[.contentRange] = "bytes \(requested.lowerBound)-\(requested.upperBound - 1)/\(size)"
            case .unsatisfiable:
                headers[.contentRange] = "bytes */\(size)"
                return Response(status: .rangeNotSatisfiable, headers: headers)
            case .ignored:
                break
            }
        }
        headers[.contentLength] = String(range.count)
        let (id, kind, seed, bodyRange) = (token.recordingId, token.kind, seed, range)
        let body = ResponseBody(contentLength: range.count) { writer in
            // Generated block by block, so a 4 MiB file never sits in memory whole.
            var chunks: [ArraySlice<UInt8>] = []
            var offset = bodyRange.lowerBound
            while offset < bodyRange.upperBound {
                let end = min(bodyRange.upperBound, (offset / RecordingContent.blockSize + 1) * RecordingContent.blockSize)
                chunks = []
                RecordingContent.forEachChunk(recordingId: id, size: size, seed: seed, range: offset..<end, kind: kind) {
                    chunks.append($0)
                }
                for chunk in chunks { try await writer.write(ByteBuffer(bytes: chunk)) }
                offset = end
            }
            try await writer.finish(nil)
        }
        return Response(status: status, headers: headers, body: body)
    }

    static func contentType(_ kind: RecordingFileKind) -> String {
        switch kind {
        case .video: "video/mp4"
        case .events: "application/octet-stream"
        case .thumbnail: "image/jpeg"
        }
    }
}

/// A parsed `Range: bytes=…` header for a single range.
enum ByteRange: Equatable {
    case satisfiable(Range<Int>)
    case unsatisfiable
    /// Not a single bytes range we understand; RFC 9110 lets the server answer 200 with everything.
    case ignored

    static func parse(_ header: String, size: Int) -> ByteRange {
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        guard trimmed.lowercased().hasPrefix("bytes="), !trimmed.contains(",") else { return .ignored }
        let spec = trimmed.dropFirst("bytes=".count)
        let parts = spec.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return .ignored }
        let first = parts[0].trimmingCharacters(in: .whitespaces)
        let last = parts[1].trimmingCharacters(in: .whitespaces)
        if first.isEmpty {
            // Suffix range: the last N bytes.
            guard let count = QueryParameters.strictInt(last) else { return .ignored }
            guard count > 0, size > 0 else { return .unsatisfiable }
            return .satisfiable(max(0, size - count)..<size)
        }
        guard let start = QueryParameters.strictInt(first) else { return .ignored }
        var end = size - 1
        if !last.isEmpty {
            guard let requested = QueryParameters.strictInt(last) else { return .ignored }
            guard requested >= start else { return .ignored }
            end = min(requested, size - 1)
        }
        guard start < size else { return .unsatisfiable }
        return .satisfiable(start..<(end + 1))
    }
}
