/// An access token issued by one of the OAuth endpoints.
struct IssuedToken: Sendable {
    /// Index into `SimulatorConfiguration.users`.
    var user: Int
    /// Sim-clock epoch seconds after which the token is rejected.
    var expiresAt: Double
    /// The refresh token issued alongside; using it revokes this access token.
    var refreshToken: String
    /// Set for tokens minted by a refresh-token grant; the only ones the expired-token fault honours.
    var viaRefresh: Bool
}
