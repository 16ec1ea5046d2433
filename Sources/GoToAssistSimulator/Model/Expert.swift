/// A technician in the simulated account.
struct Expert: Sendable {
    /// A digit string (documented as a string on the wire); doubles as the OAuth `organizer_key`.
    var userKey: String
    var name: String
    var email: String
}
