import Foundation
import GoToAssistAPI
import GoToAssistSimulator
import Testing

/// The four endpoints of #7 over loopback: transcode, mark archived, one session, its chat
/// transcript, each with its error statuses.
@Suite(.serialized) struct RecordingLifecycleAndSessionDetailTests {
    static func account(_ client: GoToAssistClient) async throws -> String {
        try #require(try await client.sessions(from: .minutesAgo(31 * 24 * 60), to: Date()).sessions.compactMap(\.accountKey).first)
    }

    static func everything(_ client: GoToAssistClient, _ account: String, archived: Bool = false) async throws -> RecordingList {
        try await client.recordings(RecordingQuery(owner: .accountKey(account), timePeriodDays: 90, archived: archived))
    }

    @Test func aTranscodedRecordingBecomesReadyForDownloadAfterTheScenariosDelay() async throws {
        try await withSimulator({ $0.transcodeDelaySeconds = 120 }) { sim in
            let client = try sim.client()
            let account = try await Self.account(client)
            let before = try await Self.everything(client, account)
            let ids = Array(before.readyForTranscode.prefix(3))
            #expect(ids.count == 3)
            // Ready ones may be named too: 204 whatever the state.
            try await client.transcodeRecordings(ids: ids + [try #require(before.readyForDownload.first)])
            let soon = try await Self.everything(client, account)
            #expect(Set(ids).isSubset(of: Set(soon.readyForTranscode)), "still transcoding")
            try await sim.control("POST", "clock/advance", ["seconds": 121])
            let later = try await Self.everything(client, account)
            #expect(Set(ids).isSubset(of: Set(later.readyForDownload)))
            #expect(Set(ids).isDisjoint(with: Set(later.readyForTranscode)))
            let urls = try await client.recordingURLs(ids: ids)
            #expect(urls.map(\.recordingId).sorted() == ids.sorted())
            let log = try await sim.requestLog { $0.contains { $0.method == "POST" } }
            #expect(log.filter { $0.method == "POST" }.map(\.status) == [204], "one POST, never retried")
        }
    }

    @Test func archivedRecordingsLeaveTheDefaultListAndShowWithArchived() async throws {
        try await withSimulator { sim in
            let client = try sim.client()
            let account = try await Self.account(client)
            let ids = Array(try await Self.everything(client, account).readyForDownload.prefix(4))
            try await client.markRecordingsArchived(ids: ids)
            let listed = try await Self.everything(client, account)
            #expect(Set(ids).isDisjoint(with: Set(listed.readyForDownload)))
            let archived = try await Self.everything(client, account, archived: true)
            #expect(Set(ids).isSubset(of: Set(archived.readyForDownload)))
        }
    }

    @Test func transcodeAndArchiveRefuseBadIdsTooManyIdsAndOtherAccounts() async throws {
        try await withSimulator { sim in
            // The client refuses ids that are not digits before anything is sent.
            await #expect(throws: APIError.invalidRequest(message: "recording id must be digits, got ../sessions")) {
                try await sim.client().transcodeRecordings(ids: ["../sessions"])
            }
            let tooMany = (1...501).map(String.init).joined(separator: ",")
            let over = try await sim.raw("POST", "/archive/recordings/transcode/" + tooMany)
            #expect(over.status == 400)
            let malformed = try await sim.raw("PUT", "/archive/recordings/archived/12,abc")
            #expect(malformed.status == 400)
            let foreign = try await sim.raw("PUT", "/archive/recordings/archived/1")
            #expect(foreign.status == 403)
            await #expect(throws: APIError.self) { try await sim.client().markRecordingsArchived(ids: ["1"]) }
            // The JSON body form is accepted as well.
            let client = try sim.client()
            let id = try #require(try await Self.everything(client, try await Self.account(client)).readyForTranscode.first)
            let body = try await sim.raw("POST", "/archive/recordings/transcode", body: #"{"recordingIds":["\#(id)"]}"#)
            #expect(body.status == 204)
            let wrongMethod = try await sim.raw("GET", "/archive/recordings/transcode/\(id)")
            #expect(wrongMethod.status == 405)
        }
    }

    @Test func oneSessionByIdOrTokenAndItsTranscript() async throws {
        try await withSimulator { sim in
            let client = try sim.client()
            let list = try await client.sessions(from: .minutesAgo(31 * 24 * 60), to: Date()).sessions
            let complete = try #require(list.first { $0.status == .complete && $0.customerJoinedAt != nil })
            let id = try #require(complete.sessionId)
            let single = try await client.session(id)
            #expect(single.sessionId == id && single.status == .complete)
            let events = try await client.sessionEvents(id)
            #expect(events.first?.from == .system)
            #expect(events.contains { $0.from == .expert && $0.fromName == complete.expertName })
            #expect(events.contains { $0.from == .customer })
            #expect(events.last?.text == "the session ended")
            let times = events.compactMap(\.time)
            #expect(times.count == events.count && times == times.sorted())
            #expect(times.first == complete.startedAt)

            await #expect(throws: APIError.notFound(message: "No session 999999999")) { try await client.session("999999999") }
            await #expect(throws: APIError.self) { try await client.sessionEvents("999999999") }
            // A session just started from here has no id yet: its token finds it.
            let started = try await client.startSession(StartSessionRequest(customerName: "Token Test"))
            let token = try #require(started.sessionToken)
            let pending = try await client.session(token)
            #expect(pending.status == .notStarted && pending.customerName == "Token Test")
            #expect(try await client.sessionEvents(token).isEmpty, "no transcript before the session starts")
        }
    }

    @Test func hostileTranscriptsArriveIntactForTheSanitizerToShow() async throws {
        try await withSimulator({ $0.scenario = .hostile }) { sim in
            let client = try sim.client()
            let list = try await client.sessions(from: .minutesAgo(31 * 24 * 60), to: Date()).sessions
            var texts: [String] = []
            for session in list where session.customerJoinedAt != nil && session.sessionId != nil {
                texts += try await client.sessionEvents(session.sessionId!).map(\.text)
                if texts.contains(where: { $0.contains("\u{1b}") }) { break }
            }
            #expect(texts.contains { $0.contains("\u{1b}") }, "escape sequences reach the client as data")
        }
    }
}
