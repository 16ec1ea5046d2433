import DashboardCore
import Foundation
import GoToAssistAPI

/// Every field of one row, as `key: value` lines: a session, a company or a recording.
///
/// All values come from the API and pass through `TextSanitizer` here, with the escapes it
/// inserts (`\e`, `\u202E`) drawn in `text.escaped`, so a technician can tell a hostile value
/// from an odd one. Long values wrap under their value column; times are in the `TimeText`
/// zone (the local one in the app).
enum DetailOverlayView {
    /// One `key: value` line before wrapping; the value is raw API text.
    struct Field {
        var label: String
        var value: String

        init(_ label: String, _ value: String) {
            self.label = label
            self.value = value
        }
    }

    /// Returns the overlay title and wrapped lines for the row `key` of `pane`.
    static func content(pane: PaneID, key: String, width: Int, context: RenderContext)
        -> (title: String, lines: [[Span]])
    {
        let fields: [Field]?
        let title: String
        switch pane {
        case .sessions:
            let session = context.state.sessions.session(forKey: key)
            fields = session.map { sessionFields($0, context: context) }
            title = "Session " + (session?.sessionId ?? session?.sessionStartToken ?? key)
        case .companies:
            fields = companyFields(key, context: context)
            title = "Company " + key
        case .recordings:
            fields = recordingFields(key, context: context)
            title = "Recording " + key
        }
        guard let fields else {
            return (TextSanitizer.sanitize(title), [[Span("no longer in the list", .textFaint)]])
        }
        var body = lines(fields, width: width)
        if pane == .sessions, let session = context.state.sessions.session(forKey: key) {
            body += transcriptLines(session, width: width, context: context)
        }
        return (TextSanitizer.sanitize(title), body)
    }

    /// The chat transcript below the fields: `time  name (role)  text`, wrapped under the text.
    ///
    /// Lines come straight from the API, so names and text are sanitized (escapes drawn
    /// visibly) like every field; times are in the detail's zone.
    static func transcriptLines(_ session: Session, width: Int, context: RenderContext) -> [[Span]] {
        var result: [[Span]] = [[], [Span("transcript", .overlayKey)]]
        guard let id = session.sessionId else {
            return result + [[Span("none until the session starts", .textFaint)]]
        }
        guard let transcript = context.state.sessions.transcript, transcript.sessionId == id else {
            return result + [[Span(context.symbols.plain("loading…"), .textFaint)]]
        }
        switch transcript.events {
        case .loading:
            result.append([Span(context.symbols.plain("loading…"), .textFaint)])
        case .failed(let message):
            result += TextWrap.wrap([Span("could not load it: " + message, .messageError)], width: width)
        case .loaded(let events) where events.isEmpty:
            result.append([Span("no messages", .textFaint)])
        case .loaded(let events):
            for event in events {
                let time = event.time.map { context.time.time($0) } ?? "--:--:--"
                let who = TextSanitizer.sanitize(event.fromName ?? event.from.rawValue)
                let role: ThemeRole = event.from == .system ? .textFaint : .overlayKey
                let head = [Span(time + "  ", .textFaint), Span(who + ": ", role)]
                let indent = DisplayWidth.width(time) + 2
                result += TextWrap.wrap(head + valueSpans(event.text), width: width, indent: indent, indentRole: .overlay)
            }
        }
        return result
    }

    /// Lays out fields as `label:  value`, labels in one column, values wrapped under each other.
    static func lines(_ fields: [Field], width: Int) -> [[Span]] {
        let labelWidth = fields.map { DisplayWidth.width($0.label) }.max() ?? 0
        let indent = labelWidth + 2
        return fields.flatMap { field in
            let head = field.label.isEmpty ? "" : field.label + ":"
            let label = head + String(repeating: " ", count: indent - DisplayWidth.width(head))
            return TextWrap.wrap(
                [Span(label, .overlayKey)] + valueSpans(field.value), width: width, indent: indent,
                indentRole: .overlay)
        }
    }

    /// The sanitized value, escapes in their own role.
    static func valueSpans(_ raw: String) -> [Span] {
        TextSanitizer.sanitizeMarkingEscapes(raw).segments.map {
            Span(String($0.text), $0.isEscape ? .textEscaped : .overlay)
        }
    }

    // MARK: - Sessions

    /// Every field of a session that has a value (the list `g2a-dash session` prints too).
    static func sessionFields(_ session: Session, context: RenderContext) -> [Field] {
        SessionFieldList.fields(session, now: context.now, time: context.time).map { Field($0.label, $0.value) }
    }

    // MARK: - Companies and recordings

    private static func companyFields(_ key: String, context: RenderContext) -> [Field]? {
        let companies = context.state.companies
        if let company = companies.loaded.first(where: { $0.companyId == key }) {
            var fields = [Field("company id", company.companyId)]
            if let name = company.companyName { fields.append(Field("name", name)) }
            return fields
        }
        // Rows are already sanitized; sanitizing again changes nothing.
        return companies.table.items.first { $0.key == key }.map {
            [Field("company id", $0.companyId), Field("name", $0.name)]
        }
    }

    private static func recordingFields(_ key: String, context: RenderContext) -> [Field]? {
        let recordings = context.state.recordings
        let row = recordings.table.items.first { $0.key == key }
        let download = recordings.downloads[key]
        guard row != nil || download != nil else { return nil }
        var fields = [Field("recording id", download?.recordingId ?? row?.recordingId ?? key)]
        if let row { fields.append(Field("state", row.readiness.rawValue)) }
        if let start = download?.recordingStartTime ?? row?.startTime {
            fields.append(Field("started", context.time.dateTime(start)))
        }
        if let size = download?.recordingSize ?? row?.size {
            fields.append(Field("size", "\(ByteText.format(size)) (\(size) bytes)"))
        }
        if let download {
            fields.append(Field("download url", download.recordingUrl))
            if let events = download.eventsUrl { fields.append(Field("events url", events)) }
            if let thumbnail = download.thumbnailUrl { fields.append(Field("thumbnail url", thumbnail)) }
            fields.append(Field("links", "valid for 48 hours after the last refresh"))
        }
        return fields
    }
}
