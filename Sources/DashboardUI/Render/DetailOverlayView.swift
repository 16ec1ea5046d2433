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

    /// Returns the overlay title and wrapped lines for the row `key` of `pane`: the fields its
    /// registry entry lists, then whatever its view adds below (the Sessions transcript).
    static func content(pane: PaneID, key: String, width: Int, context: RenderContext)
        -> (title: String, lines: [[Span]])
    {
        let descriptor = PaneRegistry.descriptor(pane)
        guard let detail = descriptor.detail(of: key, in: context.state, now: context.now, time: context.time) else {
            let title = (descriptor.title.hasSuffix("s") ? String(descriptor.title.dropLast()) : descriptor.title) + " " + key
            return (TextSanitizer.sanitize(title), [[Span("no longer in the list", .textFaint)]])
        }
        var body = lines(detail.fields.map { Field($0.label, $0.value) }, width: width)
        if let footer = PaneViews.view(for: pane).detailFooter { body += footer(key, width, context) }
        return (TextSanitizer.sanitize(detail.title), body)
    }

    /// The Sessions detail's footer: the transcript of the session, if it is still listed.
    static func transcriptFooter(_ key: String, width: Int, context: RenderContext) -> [[Span]] {
        guard let session = context.state.sessions.session(forKey: key) else { return [] }
        return transcriptLines(session, width: width, context: context)
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
}
