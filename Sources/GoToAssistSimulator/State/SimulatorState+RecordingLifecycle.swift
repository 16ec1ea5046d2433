/// Transcoding and archiving of recordings (API-FACTS 6.6 "related").
extension SimulatorState {
    /// Most ids a transcode or archive request may name.
    static let maxLifecycleIDs = 500

    /// Checks that every id is a recording of this account (403 otherwise, as for the URLs).
    private func requireOwned(_ ids: [Int]) throws -> [Int] {
        var indices: [Int] = []
        for id in ids {
            guard let index = world.recordings.firstIndex(where: { $0.id == id }) else {
                throw SimulatorError.forbidden("Invalid recording id \(id)")
            }
            indices.append(index)
        }
        return indices
    }

    /// Queues transcodes: each recording not yet ready becomes ready for download
    /// `transcodeDelaySeconds` later (simulator time). Answered 204 whatever the state.
    func requestTranscode(_ ids: [Int]) throws {
        let due = clock.nowSeconds() + Int64(configuration.transcodeDelaySeconds)
        for index in try requireOwned(ids) where !world.recordings[index].readyForDownload {
            let id = world.recordings[index].id
            transcodeDueAt[id] = min(transcodeDueAt[id] ?? due, due)
        }
        completeDueTranscodes()
    }

    /// Marks recordings archived: they list with `archived=1` and no longer by default.
    func markArchived(_ ids: [Int]) throws {
        for index in try requireOwned(ids) { world.recordings[index].archived = true }
    }

    /// Makes the recordings whose transcode is due ready for download.
    func completeDueTranscodes() {
        guard !transcodeDueAt.isEmpty else { return }
        let now = clock.nowSeconds()
        for (id, due) in transcodeDueAt where due <= now {
            if let index = world.recordings.firstIndex(where: { $0.id == id }) {
                world.recordings[index].readyForDownload = true
            }
            transcodeDueAt[id] = nil
        }
    }
}
