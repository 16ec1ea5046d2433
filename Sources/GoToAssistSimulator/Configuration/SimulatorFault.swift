/// A misbehaviour the simulator applies to API responses so clients can exercise failure paths.
public enum SimulatorFault: String, Sendable, CaseIterable {
    /// Answers 200 with a truncated, unparseable JSON body.
    case malformedJSON = "malformed-json"
    /// Sends the response head and part of the body, then closes the connection.
    case dropConnection = "drop-connection"
    /// Streams the body in small chunks with pauses between them.
    case slowBody = "slow-body"
    /// Treats every token as expired except those issued by a refresh-token grant.
    case expiredToken = "expired-token"
}
