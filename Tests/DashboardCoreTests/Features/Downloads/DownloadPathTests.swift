import DashboardCore
import Foundation
import Testing

/// The archive layout: `DIR/YYYY/MM/DD/<id>.<ext>` by start time in UTC.
struct DownloadPathTests {
    @Test func filesGoIntoTheUTCDateOfTheirStart() {
        // 2026-11-30 23:30 UTC, which is already December in Tokyo: the folder is UTC's.
        let start = Date(timeIntervalSince1970: 1_796_081_400)
        #expect(DownloadPath.path(directory: "/data/rec/", recordingId: "42", startTime: start, kind: .video)
                == "/data/rec/2026/11/30/42.mp4")
        #expect(DownloadPath.path(directory: "~/r", recordingId: "42", startTime: start, kind: .events) == "~/r/2026/11/30/42.events")
        #expect(DownloadPath.path(directory: "~/r", recordingId: "42", startTime: nil, kind: .thumbnail) == "~/r/undated/42.jpg")
    }

    @Test func hostileIdsCannotLeaveTheDirectory() {
        #expect(DownloadPath.fileName("../../etc/passwd") == "______etc_passwd")
        #expect(DownloadPath.fileName("\u{1B}[2J") == "__2J")
        #expect(DownloadPath.fileName("") == "_")
    }
}
