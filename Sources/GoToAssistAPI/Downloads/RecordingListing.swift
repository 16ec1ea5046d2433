import Foundation

/// Every recording id of a time window, gathered past the API's 500-per-list cap.
///
/// Produced by `GoToAssistClient.allRecordings`; `splits` tells a UI how much work the cap
/// caused, and `truncatedWindows` names windows the cap still hid (500 recordings starting in
/// the same second, which cannot be split further).
public struct RecordingListing: Sendable, Hashable {
    /// Ids ready for download, in start-time order, without duplicates.
    public var readyForDownload: [String]
    /// Ids waiting for transcoding, in start-time order, without duplicates.
    public var readyForTranscode: [String]
    /// How many times a capped window was cut in two.
    public var splits: Int
    /// How many `GET /archive/recordings` calls were made.
    public var requests: Int
    /// The window that was listed (whole seconds, both ends included).
    public var from: Date
    public var to: Date
    /// One-second windows whose lists were still full: some ids there may be missing.
    public var truncatedWindows: [Date]

    public init(readyForDownload: [String] = [], readyForTranscode: [String] = [], splits: Int = 0,
                requests: Int = 0, from: Date, to: Date, truncatedWindows: [Date] = []) {
        self.readyForDownload = readyForDownload
        self.readyForTranscode = readyForTranscode
        self.splits = splits
        self.requests = requests
        self.from = from
        self.to = to
        self.truncatedWindows = truncatedWindows
    }

    /// Whether every id of the window is known.
    public var isComplete: Bool { truncatedWindows.isEmpty }
}
