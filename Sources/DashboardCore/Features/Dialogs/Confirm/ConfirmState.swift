/// "Are you sure?" before a write, then "sending…" until the server answers.
public struct ConfirmState: Equatable, Sendable {
    public var write: WriteRequest
    /// The request is out: keys are ignored until the answer, so it is never sent twice.
    public var isSending = false

    public init(write: WriteRequest) { self.write = write }
}
