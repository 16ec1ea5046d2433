import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// Streams one file URL to disk, resumably, and verifies it.
///
/// The body is written to `<path>.part` as it arrives (memory stays flat for files of any
/// size) and hashed on the way; an existing `.part` is resumed with `Range: bytes=N-`. Only a
/// complete, size-checked, fsynced file is renamed to `path`, so a file under its final name is
/// always whole, and an interrupted run (kill, crash, full disk) leaves a `.part` to resume.
/// Recording links need no token and are logged only through `FileURLRedaction`.
public final class FileDownloader: Sendable {
    private let httpClient: HTTPClient
    private let ownsClient: Bool
    private let logger: Logger

    /// A downloader on a client the caller owns (and shuts down), e.g. `HTTPClient.shared`.
    public init(httpClient: HTTPClient = .shared, logger: Logger) {
        self.httpClient = httpClient
        self.ownsClient = false
        self.logger = logger
    }

    /// A downloader with its own connection pool; call `shutdown()` when done.
    ///
    /// Redirects are followed (a link may point at a storage host; no token travels with it),
    /// a stalled connection fails after `readTimeout`, and `proxy` (if any) carries every file.
    public init(proxy: ProxySettings.Server?, readTimeout: Duration = .seconds(60), logger: Logger) {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .follow(max: 5, allowCycles: false),
            timeout: .init(connect: .seconds(15), read: .seconds(readTimeout.components.seconds)))
        configuration.decompression = .disabled
        if let proxy {
            let auth = proxy.username.map { HTTPClient.Authorization.basic(username: $0, password: proxy.password ?? "") }
            configuration.proxy = .server(host: proxy.host, port: proxy.port, authorization: auth)
        }
        self.httpClient = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        self.ownsClient = true
        self.logger = logger
    }

    /// Closes the connection pool if this downloader created it.
    public func shutdown() async {
        if ownsClient { try? await httpClient.shutdown() }
    }

    /// The partial file a download of `path` writes into.
    public static func partPath(for path: String) -> String { path + ".part" }

    /// Downloads `url` to `path`, resuming `<path>.part` if one exists.
    ///
    /// - Parameters:
    ///   - expectedSize: the size the API announced (`recordingSize`); nil to trust the
    ///     server's `Content-Length` / `Content-Range` total.
    ///   - progress: called with the bytes of the file on disk so far (including resumed
    ///     ones), after every chunk; keep it cheap.
    /// - Throws: `DownloadError`, or `CancellationError` (the `.part` is kept).
    public func download(
        from url: String, to path: String, expectedSize: Int64? = nil,
        progress: @escaping @Sendable (Int64) -> Void = { _ in }
    ) async throws -> DownloadedFile {
        let shown = FileURLRedaction.describe(url)
        let part = try PartFile(path: Self.partPath(for: path))
        let resumedFrom = part.size
        // At most one restart from byte 0 (a server that ignores Range, or a stale .part).
        for attempt in 0..<2 {
            try Task.checkCancellation()
            let offset = part.size
            var request = HTTPClientRequest(url: url)
            request.method = .GET
            request.headers.add(name: "User-Agent", value: "g2a-dash")
            if offset > 0 { request.headers.add(name: "Range", value: "bytes=\(offset)-") }
            logger.debug("download", metadata: ["url": "\(shown)", "from": "\(offset)", "path": "\(path)"])
            let response: HTTPClientResponse
            do {
                response = try await httpClient.execute(request, deadline: .distantFuture, logger: logger)
            } catch {
                throw Self.mapTransport(error, url: shown)
            }
            let status = Int(response.status.code)
            let range = response.headers.first(name: "Content-Range").flatMap(ContentRange.init)
            var total: Int64?
            switch status {
            case 200:
                if offset > 0 {
                    logger.info("server ignored Range; starting over", metadata: ["path": "\(path)"])
                    try part.truncate()
                }
                total = response.headers.first(name: "Content-Length").flatMap { Int64($0) }
            case 206:
                guard let range, range.first == offset else {
                    // Not where the .part ends: the only safe answer is the whole file.
                    try part.truncate()
                    guard attempt == 0 else { throw DownloadError.httpStatus(url: shown, status: status) }
                    continue
                }
                total = range.total
            case 416:
                let whole = range?.total
                if let whole, whole == offset, expectedSize == nil || expectedSize == whole {
                    return try finish(part, path: path, resumedFrom: resumedFrom, progress: progress)
                }
                try part.truncate()
                guard attempt == 0 else { throw DownloadError.httpStatus(url: shown, status: status) }
                continue
            case 403, 404, 410:
                throw DownloadError.linkExpired(url: shown, status: status)
            default:
                throw DownloadError.httpStatus(url: shown, status: status)
            }
            if let expectedSize, let total, total != expectedSize {
                part.discard()
                throw DownloadError.sizeMismatch(path: path, expected: expectedSize, actual: total)
            }
            progress(part.size)
            do {
                for try await buffer in response.body {
                    try Task.checkCancellation()
                    try buffer.withUnsafeReadableBytes { try part.append($0) }
                    progress(part.size)
                }
            } catch let error as DownloadError {
                throw error
            } catch {
                throw Self.mapTransport(error, url: shown)
            }
            let expected = expectedSize ?? total
            if let expected, part.size != expected {
                if part.size < expected {
                    throw DownloadError.transport(
                        url: shown, message: "connection closed after \(part.size) of \(expected) bytes")
                }
                part.discard()
                throw DownloadError.sizeMismatch(path: path, expected: expected, actual: part.size)
            }
            return try finish(part, path: path, resumedFrom: resumedFrom, progress: progress)
        }
        throw DownloadError.httpStatus(url: shown, status: 416)
    }

    private func finish(_ part: PartFile, path: String, resumedFrom: Int64,
                        progress: @Sendable (Int64) -> Void) throws -> DownloadedFile {
        let size = part.size
        let sha = try part.commit(to: path)
        progress(size)
        logger.debug("downloaded", metadata: ["path": "\(path)", "bytes": "\(size)"])
        return DownloadedFile(path: path, size: size, sha256: sha, resumedFrom: min(resumedFrom, size))
    }

    /// One line for a network failure, never the URL AsyncHTTPClient may quote.
    private static func mapTransport(_ error: any Error, url: String) -> any Error {
        if error is CancellationError || Task.isCancelled { return CancellationError() }
        if let error = error as? DownloadError { return error }
        return DownloadError.transport(url: url, message: AsyncHTTPClientTransport.describe(error))
    }
}
