/// Which generation's token answer the token endpoints give (API-FACTS §3.1).
///
/// A switch, not a guess, so a client is tested against both shapes it may meet in the field.
public enum SimulatorTokenShape: String, Sendable, CaseIterable {
    /// The OAuth v2 proxy: `organizer_key`, `account_key`, names, and always a new `refresh_token`.
    case v2
    /// The current identity service: `scope` and `principal`, and a refresh answer without
    /// `refresh_token` (the old one stays valid).
    case current
}
