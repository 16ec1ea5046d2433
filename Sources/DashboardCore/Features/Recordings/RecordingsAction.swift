import GoToAssistAPI

/// What happens to the Recordings pane beyond the generic pane.
public enum RecordingsAction: Sendable, Equatable {
    case response(Result<RecordingsSnapshot, APIError>)
    /// `f`: the filter form.
    case filterKeyPressed
    /// Space: mark or unmark the selected recording for `D`.
    case markKeyPressed
    /// `T`: transcode the marked (or selected) recordings that are ready for transcode.
    case transcodeKeyPressed
}
