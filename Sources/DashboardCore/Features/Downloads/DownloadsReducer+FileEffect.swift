import Foundation

/// The effect that downloads one file and turns its progress callback into actions.
extension DownloadsReducer {
    /// Downloads one file under its own `EffectID`, so it can be cancelled alone.
    ///
    /// The downloader calls `progress` as often as it likes, from any thread; the values go
    /// through a one-slot stream that keeps only the newest, and one progress action is sent
    /// per `DownloadsState.progressInterval` of the injected clock, so a fast link cannot
    /// flood the store. The last count rides on `downloadFinished`.
    func downloadFile(_ id: DownloadFileID, _ job: FileDownloadJob) -> Effect<DashboardAction> {
        let download = environment.downloadRecordingFile
        let clock = environment.clock
        let url = job.url, path = job.path, size = job.expectedSize
        return .run(id: .download(id)) { send in
            let (stream, continuation) = AsyncStream.makeStream(of: Int64.self, bufferingPolicy: .bufferingNewest(1))
            @Sendable func transfer() async -> DownloadFailure? {
                defer { continuation.finish() }
                do {
                    try await download(url, path, size) { continuation.yield($0) }
                    return nil
                } catch {
                    return DownloadFailure.classify(error)
                }
            }
            async let outcome = transfer()
            var last: Int64 = 0
            var lastSent: Date?
            for await bytes in stream {
                last = bytes
                let now = clock.now()
                if let lastSent, now.timeIntervalSince(lastSent) < DownloadsState.progressInterval { continue }
                lastSent = now
                await send(.downloads(.progressed(id, bytes: bytes)))
            }
            if let failure = await outcome {
                await send(.downloads(.finished(id, .failure(failure))))
            } else {
                await send(.downloads(.finished(id, .success(last))))
            }
        }
    }
}
