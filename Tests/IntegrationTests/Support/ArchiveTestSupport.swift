import Foundation
import GoToAssistAPI
import GoToAssistSimulator
import Logging

/// Helpers shared by the download and archive tests: temporary folders, the account to list,
/// and the bytes each archived file must have, computed without HTTP.
enum ArchiveTestSupport {
    /// A fresh empty folder under the system's temporary folder.
    static func temporaryFolder(_ name: String = #function) throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("g2a-archive-\(name.filter(\.isLetter))-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The account of the simulator's sessions.
    static func account(_ client: GoToAssistClient) async throws -> String {
        let sessions = try await client.sessions(from: Date().addingTimeInterval(-31 * 86_400), to: Date())
        guard let key = sessions.sessions.compactMap(\.accountKey).first else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSDebugDescriptionErrorKey: "no account key"])
        }
        return key
    }

    /// A client with a high request ceiling, for tests that list many windows.
    static func fastClient(_ fixture: SimulatorFixture) throws -> GoToAssistClient {
        try GoToAssistClient(
            configuration: .init(baseURL: fixture.server.baseURL, requestsPerSecond: 1000,
                                 retry: RetryPolicy(baseDelay: 0.01, maxDelay: 0.05)),
            tokens: StaticTokenProvider(token: fixture.token), transport: fixture.transport, logger: fixture.logger)
    }

    static func simulatorKind(_ kind: ArchiveFileKind) -> RecordingFileKind {
        switch kind {
        case .mp4: .video
        case .events: .events
        case .jpg: .thumbnail
        }
    }

    /// The size and SHA-256 a file of a recording must have, straight from the content generator.
    static func expected(recordingId: String, recordingSize: Int64, kind: ArchiveFileKind, seed: UInt64 = 1)
        -> (size: Int64, sha256: String)
    {
        let id = Int(recordingId) ?? -1
        let size = RecordingContent.fileSize(simulatorKind(kind), recordingId: id, recordingSize: Int(recordingSize), seed: seed)
        return (Int64(size), RecordingContent.sha256Hex(recordingId: id, size: size, seed: seed, kind: simulatorKind(kind)))
    }

    /// The manifest's lines, decoded.
    static func manifest(_ folder: String) throws -> [ArchiveManifestEntry] {
        let path = folder + "/" + ArchiveLayout.manifestName
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return try data.split(separator: UInt8(ascii: "\n")).map {
            try JSONDecoder().decode(ArchiveManifestEntry.self, from: Data($0))
        }
    }

    /// Every path under `folder` ending in `.part`.
    static func partFiles(_ folder: String) -> [String] {
        let items = FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []
        return items.filter { $0.hasSuffix(".part") }
    }

    static func remove(_ folder: String) {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
