import Foundation
import GoToAssistAPI

/// Everything that can happen to the dashboard, named after what happened.
public enum DashboardAction: Sendable, Equatable {
    // MARK: Lifecycle and time
    case appStarted
    case terminalResized(width: Int, height: Int)
    case clockTicked(Date)
    case refreshTimerFired(PaneID)
    case quitPressed

    // MARK: Navigation
    case paneKeyPressed(PaneID)
    case paneCycleKeyPressed(forward: Bool)
    case movementKeyPressed(TableMovement)
    case detailKeyPressed
    case escapePressed
    case helpKeyPressed
    case messageLogKeyPressed

    // MARK: Filter and sort
    case filterKeyPressed
    case filterEdited(String)
    case filterSubmitted
    /// The Companies search debounce ran out: search the server, and keep editing.
    case companySearchDebounced
    case sortKeyPressed
    case sortReverseKeyPressed
    case refreshKeyPressed
    /// Text pasted with bracketed paste; it goes into the input being edited, or nowhere.
    case textPasted(String)

    // MARK: Command line
    case commandKeyPressed
    case commandLineEdited(String)
    case commandHistoryBrowsed(older: Bool)
    case commandSubmitted

    // MARK: Workflows (dialogs take these while open)
    case newSessionKeyPressed
    case ticketKeyPressed
    case createTicketKeyPressed
    case addLinkKeyPressed
    case copyKeyPressed
    case openKeyPressed
    /// New text of the focused form field, or of the ticket query.
    case dialogTextEdited(String)
    case dialogFocusMoved(forward: Bool)
    case dialogSubmitted
    /// `/` in the ticket panel: edit the query.
    case dialogSearchKeyPressed
    case dialogPageTurned(forward: Bool)
    case confirmAnswered(accepted: Bool)

    // MARK: Recordings: filter, marks, downloads
    /// `f`: the Recordings filter form.
    case recordingsFilterKeyPressed
    /// Space: mark or unmark the selected recording for `D`.
    case recordingMarkKeyPressed
    /// `d`: download the selected recording.
    case downloadKeyPressed
    /// `D`: download the marked recordings.
    case downloadMarkedKeyPressed
    /// `T`: transcode the marked (or selected) recordings that are ready for transcode.
    case transcodeKeyPressed
    /// `w`: open or close the downloads panel.
    case downloadsKeyPressed
    /// `x` in the downloads panel: cancel the selected file (or link fetch).
    case downloadCancelKeyPressed
    /// `X` in the downloads panel: cancel everything still to do.
    case downloadCancelAllKeyPressed

    // MARK: Download results
    /// Links for the recordings of link request `request` (at most 500 ids).
    case downloadLinksResponse(request: Int, ids: [String], Result<[RecordingDownload], APIError>)
    /// A file has `bytes` written so far (throttled to 4 a second per file).
    case downloadProgressed(DownloadFileID, bytes: Int64)
    /// A file finished: the bytes written, or why not.
    case downloadFinished(DownloadFileID, Result<Int64, DownloadFailure>)

    // MARK: Workflow results
    case writeResponse(WriteRequest, Result<WriteOutcome, APIError>)
    case ticketLinkResponse(domain: String, Result<[SystemLink], APIError>)
    case ticketSearchResponse(query: String, offset: Int, Result<[PartnerTicket], APIError>)
    case linksResponse(domain: String, Result<[SystemLink], APIError>)
    case machinesResponse(companyId: String, Result<[Machine], APIError>)
    case browserLinkResponse(Result<String, APIError>)
    /// What came of `y` (copy) or `o` (open).
    case dialogNoteReceived(String)

    // MARK: API results
    /// The whole window of sessions.
    case sessionsResponse(Result<[Session], APIError>)
    /// Sessions started since `since` (and any not started yet): what may have changed.
    case sessionsUpdateResponse(since: Date, Result<[Session], APIError>)
    case companiesResponse(offset: Int, Result<CompanyPage, APIError>)
    case recordingsResponse(Result<RecordingsSnapshot, APIError>)
    case themeLoaded(name: String, error: String?)
    /// The chat transcript of a session arrived (or failed).
    case transcriptResponse(sessionId: String, Result<[SessionEvent], APIError>)
    /// `:profile NAME` finished connecting: the new profile's settings, or why it failed.
    case profileSwitched(name: String, Result<DashboardSettings, APIError>)
}


extension Result: @retroactive Equatable where Success: Equatable, Failure: Equatable {}
