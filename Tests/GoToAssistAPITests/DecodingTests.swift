import Foundation
import Testing
@testable import GoToAssistAPI

/// The client reads every shape the record allows (API-FACTS §4, §5).
struct DecodingTests {
    @Test func sessionListFromTheFactSheetSampleDecodes() throws {
        let json = """
        { "totalNumSessions": 2,
          "sessions": [ { "sessionId": 123456789, "sessionType": "screen_sharing", "status": "complete",
                          "sessionStartToken": 482913576, "customerJoinUrl": "https://www.fastsupport.com/482913576",
                          "partnerObject": "456", "partnerObjectUrl": "https://mysupport.example/tickets/456",
                          "startedAt": "2016-10-31T12:00:05Z", "customerJoinedAt": "2016-10-31T12:01:10Z",
                          "endedAt": "2016-10-31T12:20:00Z",
                          "expertName": "Ann Expert", "expertEmail": "ann@example.com", "expertUserKey": "8439885694023999",
                          "customerName": "Bob", "customerEmail": "bob@example.com",
                          "accountKey": 4503599627370, "sessionRecordingUrl": "https://app.gotoassist.com/r" },
                        { "status": "notStarted", "sessionStartToken": "111222333", "someNewField": {"x": 1} } ] }
        """
        let list = try APIJSON.decode(SessionList.self, from: Array(json.utf8))
        #expect(list.totalNumSessions == 2)
        let first = list.sessions[0]
        #expect(first.sessionId == "123456789")
        #expect(first.sessionStartToken == "482913576")
        #expect(first.accountKey == "4503599627370")
        #expect(first.status == .complete)
        #expect(first.startedAt == APITimestamp.parse("2016-10-31T12:00:05Z"))
        #expect(first.waited(now: Date()) == 65)
        #expect(first.duration(now: Date()) == 1195)
        let second = list.sessions[1]
        #expect(second.sessionId == nil)
        #expect(second.status == .notStarted)
        #expect(second.stableKey == "token:111222333")
    }

    @Test func idsAsStringsAndNullOptionalsDecode() throws {
        let json = """
        {"totalNumSessions":"1","sessions":[{"sessionId":"987","status":"ACTIVE","startedAt":"2026-01-02T03:04:05.678+01:00",
          "customerJoinedAt":null,"endedAt":null,"partnerObject":456,"collaborators":[{"expertName":"Zoë"},"Ann"]}]}
        """
        let list = try APIJSON.decode(SessionList.self, from: Array(json.utf8))
        let s = try #require(list.sessions.first)
        #expect(s.sessionId == "987")
        #expect(s.status == .active)
        #expect(s.partnerObject == "456")
        #expect(s.customerJoinedAt == nil)
        #expect(APITimestamp.format(try #require(s.startedAt)) == "2026-01-02T02:04:05Z")
        #expect(s.collaborators.map(\.expertName) == ["Zoë", "Ann"])
    }

    @Test func timestampVariantsParse() {
        let expected = APITimestamp.parse("2016-10-31T12:00:00Z")
        #expect(expected != nil)
        #expect(APITimestamp.parse("2016-10-31T13:00:00+01:00") == expected)
        #expect(APITimestamp.parse("2016-10-31T07:00:00-0500") == expected)
        #expect(APITimestamp.parse("2016-10-31T12:00:00.000Z") == expected)
        #expect(APITimestamp.parse("2016-10-31 12:00:00") == nil)
        #expect(APITimestamp.parse("2016-13-31T12:00:00Z") == nil)
        #expect(APITimestamp.parse("yesterday") == nil)
        #expect(APITimestamp.format(expected!) == "2016-10-31T12:00:00Z")
        #expect(APITimestamp.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
    }

    @Test func badTimestampNamesItsJSONPath() {
        let json = #"{"sessions":[{"status":"active"},{"status":"active","startedAt":"last tuesday"}]}"#
        #expect(throws: APIError.decoding(path: "$.sessions[1].startedAt", message: "not an ISO 8601 timestamp")) {
            try APIJSON.decode(SessionList.self, from: Array(json.utf8))
        }
    }

    @Test func wrongTypeNamesItsJSONPath() {
        let json = #"{"totalNumCompanies":1,"companies":[{"companyId":{"nested":true},"companyName":"Acme"}]}"#
        do {
            _ = try APIJSON.decode(CompanyPage.self, from: Array(json.utf8))
            Issue.record("expected a decoding error")
        } catch let APIError.decoding(path, _) {
            #expect(path == "$.companies[0].companyId")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func malformedJSONIsADecodingError() {
        #expect(throws: APIError.decoding(path: "$", message: "not valid JSON")) {
            try APIJSON.decode(SessionList.self, from: Array(#"{"sessions": [ {"status": "act"#.utf8))
        }
    }

    @Test func recordingURLsDecodeBareOrWrapped() throws {
        let item = #"{"recordingId":990,"recordingUrl":"https://x/990.mp4","recordingStartTime":"2016-10-30T09:00:00Z","eventsUrl":"https://x/990.events","thumbnailUrl":"https://x/990.jpg","recordingSize":"73400320"}"#
        let bare = try APIJSON.decode(FlexibleList<RecordingDownload>.self, from: Array("[\(item)]".utf8)).items
        let wrapped = try APIJSON.decode(FlexibleList<RecordingDownload>.self, from: Array(#"{"recordings":[\#(item)]}"#.utf8)).items
        #expect(bare == wrapped)
        #expect(bare.first?.recordingSize == 73_400_320)
        #expect(bare.first?.recordingId == "990")
    }

    @Test func recordingListAndMachinesDecode() throws {
        let list = try APIJSON.decode(RecordingList.self, from: Array(#"{"readyForTranscode":[1001,"1002"],"readyForDownload":[990]}"#.utf8))
        #expect(list.readyForTranscode == ["1001", "1002"])
        #expect(list.readyForDownload == ["990"])
        let machines = try APIJSON.decode(MachinePage.self, from: Array(#"{"totalNumMachines":1,"machines":[{"machineUuid":"u-1","machineStatus":"Online","ipAddress":"10.0.0.5","companyId":7}]}"#.utf8))
        #expect(machines.machines.first?.isOnline == true)
        #expect(machines.machines.first?.ipAddresses == ["10.0.0.5"])
        #expect(machines.machines.first?.companyId == "7")
    }

    @Test func startSessionResponseKeepsTheOptionalToken() throws {
        let with = try APIJSON.decode(StartSessionResponse.self, from: Array(#"{"startScreenSharing":{"launchUrl":"https://launch.getgo.com/launch.html?token=e0-1","sessionToken":"e0-1"}}"#.utf8))
        #expect(with.sessionToken == "e0-1")
        let without = try APIJSON.decode(StartSessionResponse.self, from: Array(#"{"startScreenSharing":{"launchUrl":"https://l/x"}}"#.utf8))
        #expect(without.sessionToken == nil)
    }

    @Test func startSessionRequestLeavesOutEmptyFields() throws {
        let body = try APIJSON.encode(StartSessionRequest(customerName: "Bob", customerEmail: "", machineUuid: nil))
        #expect(String(decoding: body, as: UTF8.self) == #"{"customerName":"Bob","sessionType":"screen_sharing"}"#)
    }

    @Test func tokenResponsesOfEveryGenerationDecode() throws {
        let legacy = try APIJSON.decode(TokenResponse.self, from: Array(#"{"access_token":"a","expires_in":"30758399","organizer_key":123,"account_key":"456"}"#.utf8))
        #expect(legacy.expiresIn == 30_758_399)
        #expect(legacy.organizerKey == "123")
        let current = try APIJSON.decode(TokenResponse.self, from: Array(#"{"access_token":"SECRET-ACCESS","token_type":"Bearer","expires_in":3600,"principal":"t@example.com"}"#.utf8))
        let set = current.tokenSet(receivedAt: Date(timeIntervalSince1970: 0), previousRefreshToken: "old-refresh")
        #expect(set.refreshToken == "old-refresh")
        #expect(set.expiresAt == Date(timeIntervalSince1970: 3600))
        #expect(set.email == "t@example.com")
        #expect(!set.description.contains("SECRET-ACCESS"))
    }
}
