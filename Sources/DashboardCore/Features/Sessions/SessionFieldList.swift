import Foundation
import GoToAssistAPI

/// Every field of a session that has a value, as label/value pairs in reading order.
///
/// One list for the detail view and `g2a-dash session`, so the two never disagree on what a
/// session shows. Values are raw API text: callers sanitize them for their output.
public enum SessionFieldList {
    public static func fields(_ session: Session, now: Date, time: TimeText) -> [(label: String, value: String)] {
        var fields: [(label: String, value: String)] = [("status", SessionRow.word(for: session.status))]
        func add(_ label: String, _ value: String?) {
            if let value { fields.append((label, value)) }
        }
        add("session id", session.sessionId)
        add("session type", session.sessionType)
        add("start token", session.sessionStartToken)
        add("customer", session.customerName)
        add("customer email", session.customerEmail)
        add("customer join url", session.customerJoinUrl)
        add("expert", session.expertName)
        add("expert email", session.expertEmail)
        add("expert user key", session.expertUserKey)
        for (index, collaborator) in session.collaborators.enumerated() {
            let parts = [
                collaborator.expertName, collaborator.expertEmail.map { "<\($0)>" },
                collaborator.expertUserKey.map { "(\($0))" },
            ].compactMap { $0 }
            add(index == 0 ? "collaborators" : "", parts.joined(separator: " "))
        }
        add("account", session.accountName)
        add("account key", session.accountKey)
        add("started", session.startedAt.map { time.dateTime($0) })
        add("customer joined", session.customerJoinedAt.map { time.dateTime($0) })
        add("ended", session.endedAt.map { time.dateTime($0) })
        add("waited", session.waited(now: now).map { DurationText.compact($0) })
        add("duration", session.duration(now: now).map { DurationText.compact($0) })
        add("ticket", session.partnerObject)
        add("ticket url", session.partnerObjectUrl)
        add("recording url", session.sessionRecordingUrl)
        add("unattended machine", session.unattendedMachineName)
        add("machine uuid", session.unattendedMachineUuid)
        add("notes", session.notes)
        return fields
    }
}
