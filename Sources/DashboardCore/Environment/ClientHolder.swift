import GoToAssistAPI

/// The API client of the profile on screen, which `:profile NAME` replaces.
///
/// The live environment's closures read it on every call rather than capturing one client,
/// so a switch needs no new environment (and no new reducer); requests already in flight
/// finish against the old server and are dropped by the cancelled effects that made them.
public actor ClientHolder {
    public private(set) var current: GoToAssistClient

    public init(_ client: GoToAssistClient) { current = client }

    public func replace(with client: GoToAssistClient) { current = client }
}
