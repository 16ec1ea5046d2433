import Foundation
import GoToAssistSimulator
import Hummingbird
import HummingbirdTesting
import Testing

struct RecordingFilesTests {
    static func configuration() -> SimulatorConfiguration {
        var configuration = SimTest.configuration()
        configuration.recordingSizeRange = 70_000...300_000
        return configuration
    }

    /// The first downloadable recording's URL item, and the file path (without host) of `field`.
    static func firstItem(_ client: any TestClientProtocol) async throws -> [String: Any] {
        let (download, _) = try await RecordingsTests.ids(client)
        return try #require(try await client.api("/archive/recordings/urls?recordingIds=\(download[0])").array().first)
    }

    static func path(_ item: [String: Any], _ field: String) throws -> String {
        let text = try #require(item[field] as? String)
        let url = try #require(URL(string: text))
        return url.path
    }

    @Test func videoHasExactSizeAndDeterministicContent() async throws {
        try await SimTest.withRouter(Self.configuration()) { client in
            let item = try await Self.firstItem(client)
            let size = try #require((item["recordingSize"] as? String).flatMap { Int($0) })
            let id = try #require(item["recordingId"] as? Int)
            let response = try await client.send(try Self.path(item, "recordingUrl"))
            #expect(response.status == .ok)
            #expect(response.headers[.acceptRanges] == "bytes")
            #expect(response.headers[.contentLength] == String(size))
            #expect(response.headers[.contentType] == "video/mp4")
            let bytes = Array(response.body.readableBytesView)
            #expect(bytes.count == size)
            #expect(bytes == RecordingContent.bytes(recordingId: id, size: size, seed: 1))
            #expect(Array(bytes[4..<8]) == Array("ftyp".utf8))
        }
    }

    @Test func rangeRequestsAnswer206WithContentRange() async throws {
        try await SimTest.withRouter(Self.configuration()) { client in
            let item = try await Self.firstItem(client)
            let size = try #require((item["recordingSize"] as? String).flatMap { Int($0) })
            let id = try #require(item["recordingId"] as? Int)
            let path = try Self.path(item, "recordingUrl")

            let middle = try await client.send(path, headers: [.range: "bytes=65530-65545"])
            #expect(middle.status == .partialContent)
            #expect(middle.headers[.contentRange] == "bytes 65530-65545/\(size)")
            #expect(Array(middle.body.readableBytesView) == RecordingContent.bytes(recordingId: id, size: size, seed: 1, range: 65530..<65546))

            let tail = try await client.send(path, headers: [.range: "bytes=\(size - 10)-"])
            #expect(tail.status == .partialContent)
            #expect(tail.body.readableBytes == 10)
            #expect(tail.headers[.contentRange] == "bytes \(size - 10)-\(size - 1)/\(size)")

            let beyond = try await client.send(path, headers: [.range: "bytes=\(size)-"])
            #expect(beyond.status == .rangeNotSatisfiable)
            #expect(beyond.headers[.contentRange] == "bytes */\(size)")
        }
    }

    @Test func headReportsLengthWithoutBody() async throws {
        try await SimTest.withRouter(Self.configuration()) { client in
            let item = try await Self.firstItem(client)
            let response = try await client.send(try Self.path(item, "recordingUrl"), method: .head)
            #expect(response.status == .ok)
            #expect(response.headers[.contentLength] == item["recordingSize"] as? String)
            #expect(response.body.readableBytes == 0)
        }
    }

    @Test func thumbnailIsAJpegAndEventsFileIsServed() async throws {
        try await SimTest.withRouter(Self.configuration()) { client in
            let item = try await Self.firstItem(client)
            let thumbnail = try await client.send(try Self.path(item, "thumbnailUrl"))
            #expect(thumbnail.status == .ok)
            let bytes = Array(thumbnail.body.readableBytesView)
            #expect(bytes.prefix(2) == [0xFF, 0xD8])
            #expect(bytes.suffix(2) == [0xFF, 0xD9])
            let events = try await client.send(try Self.path(item, "eventsUrl"))
            #expect(events.status == .ok)
            #expect(events.body.readableBytes > 0)
        }
    }

    @Test func urlsExpireAfterFortyEightHoursOfSimTime() async throws {
        try await SimTest.withRouter(Self.configuration()) { client in
            let item = try await Self.firstItem(client)
            let path = try Self.path(item, "recordingUrl")
            _ = try await client.send("/_sim/clock/advance", method: .post, json: #"{"seconds": 172000}"#)
            #expect(try await client.send(path, method: .head).status == .ok)
            _ = try await client.send("/_sim/clock/advance", method: .post, json: #"{"seconds": 1000}"#)
            let expired = try await client.send(path)
            #expect(expired.status == .notFound)
            #expect(try expired.errorCode() == "NotFound")
        }
    }

    @Test func tamperedUrlsAreNotFound() async throws {
        try await SimTest.withRouter(Self.configuration()) { client in
            let item = try await Self.firstItem(client)
            let path = try Self.path(item, "recordingUrl")
            let tampered = path.replacingOccurrences(of: ".mp4", with: "0.mp4")
            #expect(try await client.send(tampered).status == .notFound)
        }
    }

    @Test func contentHelperIsStableAcrossBlockBoundaries() {
        let whole = RecordingContent.bytes(recordingId: 7, size: 200_000, seed: 3)
        let piece = RecordingContent.bytes(recordingId: 7, size: 200_000, seed: 3, range: 65_000..<140_000)
        #expect(Array(whole[65_000..<140_000]) == piece)
        #expect(RecordingContent.bytes(recordingId: 7, size: 200_000, seed: 4, range: 100..<200) != Array(whole[100..<200]))
        let sha = RecordingContent.sha256Hex(recordingId: 7, size: 200_000, seed: 3)
        #expect(sha.count == 64)
        #expect(sha == RecordingContent.sha256Hex(recordingId: 7, size: 200_000, seed: 3))
    }
}
