import Foundation
import GoToAssistAPI

extension PaneID {
    public static let recordings = PaneID("recordings")
}

/// The Recordings pane as the registry knows it.
enum RecordingsPane {
    static let descriptor = PaneDescriptor(
        id: .recordings, title: "Recordings", columns: RecordingRow.columns,
        commands: [.recordingsFilter, .mark, .download, .downloadMarked, .transcode, .downloads],
        tickSlot: 7, footerRows: 1, interval: { $0.recordingsInterval },
        table: \DashboardState.recordings.table, refresh: \DashboardState.recordings.refresh,
        hooks: PaneHooks(
            fetch: { state, environment in RecordingsReducer(environment: environment).fetch(&state) },
            detail: { state, key, _, time in
                let recordings = state.recordings
                let row = recordings.table.items.first { $0.key == key }
                let download = recordings.downloads[key]
                guard row != nil || download != nil else { return nil }
                var fields = [PaneDetailField("recording id", download?.recordingId ?? row?.recordingId ?? key)]
                if let row { fields.append(PaneDetailField("state", row.readiness.rawValue)) }
                if let start = download?.recordingStartTime ?? row?.startTime {
                    fields.append(PaneDetailField("started", time.dateTime(start)))
                }
                if let size = download?.recordingSize ?? row?.size {
                    fields.append(PaneDetailField("size", "\(ByteText.format(size)) (\(size) bytes)"))
                }
                if let download {
                    fields.append(PaneDetailField("download url", download.recordingUrl))
                    if let events = download.eventsUrl { fields.append(PaneDetailField("events url", events)) }
                    if let thumbnail = download.thumbnailUrl { fields.append(PaneDetailField("thumbnail url", thumbnail)) }
                    fields.append(PaneDetailField("links", "valid for 48 hours after the last refresh"))
                }
                return PaneDetail(title: "Recording " + key, fields: fields)
            }))
}
